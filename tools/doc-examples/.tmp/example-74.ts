import { checkStrategy, parseStrategy } from "@nrs/model";
const s = parseStrategy({
  collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
  objectifs: [{ id: "O1", axe: "ECOCONCEPTION", libelle: "Écoconcevoir", temporalite: "PLURIANNUEL",
    cibles: [{ indicateur: "score-rgesn", anneeReference: 2024, valeurReference: 40, anneeCible: 2023, valeurCible: 70 }] }],
  indicateurs: [], mesures: [],
});
if (!s.ok) throw new Error("should parse");
const codes = checkStrategy(s.value).map((f) => f.code);
for (const c of ["NRS_STRAT_INDICATOR_UNDEFINED", "NRS_STRAT_TARGET_BEFORE_BASELINE", "NRS_STRAT_OBJECTIVE_NO_MEASURE", "NRS_STRAT_NO_MEANS"]) {
  if (!codes.includes(c)) throw new Error(`missing ${c}`);
}
export {};
