import { Decimal } from "decimal.js";
import type { FootprintChangeInput } from "@nrs/indicators";
const t = { gwp: { use: { value: new Decimal(1) } } };
const input: FootprintChangeInput = { previous: { year: 2024, impacts: t }, previousRestated: { impacts: t }, current: { year: 2025, impacts: t } };
console.log(input.current.year);
export {};
