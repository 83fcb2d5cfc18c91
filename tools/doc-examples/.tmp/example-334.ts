import { Decimal } from "decimal.js";
import type { YearImpacts } from "@nrs/indicators";
const y: YearImpacts = { year: 2024, impacts: { gwp: { use: { value: new Decimal(1) } } } };
console.log(y.year);
export {};
