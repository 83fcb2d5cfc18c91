import { parseStrategy } from "@nrs/model";
const r = parseStrategy({ collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
  objectifs: [], indicateurs: [], mesures: [], moyens: { budgetEuros: "abc" } });
if (r.ok) throw new Error("should fail");
__nrsLog(0, r.errors[0]?.path); // ["moyens", "budgetEuros"]
export {};
