import { BilanAnnuelSchema } from "@nrs/model";
const r = BilanAnnuelSchema.safeParse({
  collectivite: { siren: "732829320" }, annee: 2024, versionStrategie: "1.0",
  rapportDd: { exerciceBudgetaire: 2025, datePresentation: "2025-02-06" },
  valeurs: [], avancementMesures: [],
});
__nrsLog(0, r.success); // true
export {};
