import { Decimal } from "decimal.js";
import type { GwpImpacts } from "@nrs/indicators";
const t: GwpImpacts = { gwp: { use: { value: new Decimal(10) } } };
console.log(Object.keys(t.gwp ?? {}));
export {};
