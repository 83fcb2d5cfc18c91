import { Decimal } from "decimal.js";
import { toDecimalString, type DecimalLike } from "@nrs/core";
const d: DecimalLike = new Decimal("2.50");
__nrsLog(0, toDecimalString(d)); // "2.5"
export {};
