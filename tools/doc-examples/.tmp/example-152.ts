import { parseStrategy, type StrategieInput } from "@nrs/model";
const input: StrategieInput = { collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
  objectifs: [], indicateurs: [], mesures: [], moyens: { budgetEuros: "1e5" } };
__nrsLog(0, parseStrategy(input).ok); // true
export {};
