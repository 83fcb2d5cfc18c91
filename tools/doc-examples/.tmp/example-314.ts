import { Decimal } from "decimal.js";
import type { Quartiles } from "@nrs/indicators";
const q: Quartiles = { q1: new Decimal(1.5), median: new Decimal(2), q3: new Decimal(2.5), min: new Decimal(1), max: new Decimal(3) };
__nrsLog(0, q.median.toString()); // 2
export {};
