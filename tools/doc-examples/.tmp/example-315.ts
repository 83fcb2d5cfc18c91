import { Decimal } from "decimal.js";
import { quantile } from "@nrs/indicators";
__nrsLog(0, quantile([1, 2, 3, 4].map((x) => new Decimal(x)), 0.25).toString()); // 1.75
export {};
