import { checkBilan, parseBilan, parseStrategy } from "@nrs/model";
const s = parseStrategy({
  collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
  objectifs: [{ id: "O1", axe: "ECOCONCEPTION", libelle: "Écoconcevoir", temporalite: "ANNUEL",
    cibles: [{ indicateur: "ateliers", anneeReference: 2024, valeurReference: 2, anneeCible: 2025, valeurCible: 6 }] }],
  indicateurs: [{ code: "ateliers", libelle: { fr: "Ateliers" }, unite: "nombre", sens: "HAUSSE", periodicite: "annuelle", axe: "ECOCONCEPTION" }],
  mesures: [], moyens: { etp: 1 },
});
const b = parseBilan({ collectivite: { siren: "732829320" }, annee: 2025,
  rapportDd: { exerciceBudgetaire: 2026, datePresentation: "2026-02-05" }, valeurs: [], avancementMesures: [] });
if (!s.ok || !b.ok) throw new Error("should parse");
const f = checkBilan(b.value, { strategie: s.value });
if (!f.some((x) => x.code === "NRS_BILAN_MISSING_TARGET_VALUE")) throw new Error("unexpected");
export {};
