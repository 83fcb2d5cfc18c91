import { Decimal } from "decimal.js";
import type { Impacts } from "@nrs/indicators";
const i: Impacts = { impacts: { gwp: { manufacturing: { value: new Decimal(5) } } } };
__nrsLog(0, Object.keys(i.impacts)); // [ "gwp" ]
export {};
