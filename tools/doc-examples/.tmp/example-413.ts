import { Decimal } from "decimal.js";
import type { RetirementRecord } from "@nrs/indicators";
const r: RetirementRecord = { category: "ordinateur_portable", quantity: 12, ageYears: new Decimal(6), reformDate: "2024-11-04", exitDate: "2025-02-10", destination: "DON", reuseCommitment: true };
console.log(r.destination);
export {};
