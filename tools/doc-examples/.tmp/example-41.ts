import type { Problem } from "@nrs/core";
const p: Problem = {
  code: "NRS_NEGATIVE",
  severity: "error",
  path: ["quantite"],
  line: 12,
  column: 9,
  message: { fr: "La quantité doit être positive.", en: "Quantity must be positive." },
};
console.log(p.code);
export {};
