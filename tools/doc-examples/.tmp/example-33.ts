import { Decimal } from "decimal.js";
import { negativeProblem } from "@nrs/core";
__nrsLog(0, negativeProblem(new Decimal(2), ["q"])); // undefined
__nrsLog(1, negativeProblem(new Decimal("-0"), ["q"])); // undefined
__nrsLog(2, negativeProblem(new Decimal(-2), ["q"])?.message.en); // The value must not be negative (got -2).
export {};
