import { Decimal } from "decimal.js";
import type { Reference } from "@nrs/indicators";
const r: Reference = { value: new Decimal(35), met: false, label: { fr: "Cible 2024", en: "2024 target" } };
console.log(r.met);
export {};
