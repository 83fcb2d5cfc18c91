import type { Provenance } from "@nrs/indicators";
const p: Provenance = {
  records: [{ dataset: "achats", count: 3, lines: [2, 3, 4] }],
  formula: { fr: "12000 / 60000 × 100", en: "12000 / 60000 × 100" },
  quality: "CALCULEE",
  notes: [],
};
console.log(p.quality);
export {};
