import { Decimal } from "decimal.js";
import type { ImpactCellLike } from "@nrs/indicators";
const c: ImpactCellLike = { value: new Decimal("12.5"), unit: "kgCO2e" };
console.log(c.value.toString());
export {};
