import { parseBilan } from "@nrs/model";
const r = parseBilan({ collectivite: { siren: "732829320" }, annee: 2024,
  rapportDd: { exerciceBudgetaire: 2025, datePresentation: "2025-02-30" }, valeurs: [], avancementMesures: [] });
if (r.ok) throw new Error("30 February should be refused");
__nrsLog(0, r.errors[0]?.code); // NRS_INVALID_DATE
export {};
