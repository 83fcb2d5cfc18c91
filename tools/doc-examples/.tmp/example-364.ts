import { Decimal } from "decimal.js";
import type { FootprintInput } from "@nrs/indicators";
const f: FootprintInput = { impacts: { gwp: { use: { value: new Decimal(1200) } } }, factorPacks: [{ id: "fr-ademe", version: "1.0.0" }] };
console.log(f.factorPacks?.[0]?.id);
export {};
