import { Decimal } from "decimal.js";
import type { ImpactTableLike } from "@nrs/indicators";
const t: ImpactTableLike = { gwp: { use: { value: new Decimal(3), unit: "kgCO2e" } } };
__nrsLog(0, t.gwp?.use?.value.toString()); // 3
export {};
