import { Decimal } from "decimal.js";
import { quartiles } from "@nrs/indicators";
const q = quartiles([3, 1, 2].map((x) => new Decimal(x)));
__nrsLog(0, q.min.toString(), q.q1.toString(), q.median.toString(), q.q3.toString(), q.max.toString()); // 1 1.5 2 2.5 3
export {};
