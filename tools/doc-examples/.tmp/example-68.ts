import { parseBilan, type BilanAnnuelInput } from "@nrs/model";
const input: BilanAnnuelInput = { collectivite: { siren: "732829320" }, annee: 2025,
  rapportDd: { exerciceBudgetaire: 2026, datePresentation: "2026-02-05" }, valeurs: [], avancementMesures: [] };
__nrsLog(0, parseBilan(input).ok); // true
export {};
