import { Decimal } from "decimal.js";
import type { IndicatorComponent } from "@nrs/indicators";
const c: IndicatorComponent = { value: new Decimal(20), numerator: new Decimal(12000), denominator: new Decimal(60000) };
console.log(c.value.toString());
export {};
