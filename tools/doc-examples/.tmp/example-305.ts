import { Decimal } from "decimal.js";
import type { CompareSubject } from "@nrs/indicators";
const s: CompareSubject = {
  id: "217500016", name: "Fictiville", type: "COMMUNE", population: 60000, agents: 812, year: 2025,
  source: { kind: "projet", label: "fictiville/" },
  values: [{ key: "part-achats-reemploi", code: "part-achats-reemploi", label: { fr: "Part", en: "Share" }, unit: "%", value: new Decimal(22) }],
};
console.log(s.values.length);
export {};
