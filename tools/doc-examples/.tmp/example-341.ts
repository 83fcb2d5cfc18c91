import { Decimal } from "decimal.js";
import type { EcoIndexMeasurementRecord } from "@nrs/indicators";
const m: EcoIndexMeasurementRecord = { url: "https://www.val-de-fictive.fr/", date: "2025-06-10", dom: new Decimal(412), requests: new Decimal(51), sizeKb: new Decimal(1650) };
console.log(m.url);
export {};
