// Case tables of the compliance rules: [code, mutation of a valid document, expected path].
import type { BilanAnnuelInput, ProgrammeDeTravailInput, StrategieInput } from "../../src/index.js";
import { OTHER_SIREN } from "./documents.js";

export type ProgrammeCase = [code: string, mutate: (p: ProgrammeDeTravailInput) => void, path: (string | number)[]];
export const PROGRAMME_CASES: ProgrammeCase[] = [
  [
    "NRS_PROG_NO_ACTORS",
    (p) => {
      p.acteurs = [];
    },
    ["acteurs"],
  ],
  [
    "NRS_PROG_NO_PUBLIC_ACTOR",
    (p) => {
      p.acteurs = p.acteurs.filter((a) => a.nature !== "PUBLIC");
    },
    ["acteurs"],
  ],
  [
    "NRS_PROG_NO_PRIVATE_ACTOR",
    (p) => {
      p.acteurs = p.acteurs.filter((a) => a.nature !== "PRIVE");
    },
    ["acteurs"],
  ],
  [
    "NRS_PROG_NO_IMPACT_BILAN",
    (p) => {
      delete p.bilanImpactEnvironnemental;
    },
    ["bilanImpactEnvironnemental"],
  ],
  [
    "NRS_PROG_NO_USES_BILAN",
    (p) => {
      delete p.bilanUsages;
    },
    ["bilanUsages"],
  ],
  [
    "NRS_PROG_NO_ACTIONS",
    (p) => {
      p.syntheseActionsEngagees = [];
    },
    ["syntheseActionsEngagees"],
  ],
  [
    "NRS_PROG_NOT_ADOPTED",
    (p) => {
      delete p.adoption;
    },
    ["adoption"],
  ],
  [
    "NRS_PROG_LATE",
    (p) => {
      p.adoption!.date = "2023-01-02";
    },
    ["adoption", "date"],
  ],
];

export type StrategyCase = [code: string, mutate: (s: StrategieInput) => void, path: (string | number)[]];
export const STRATEGY_CASES: StrategyCase[] = [
  [
    "NRS_STRAT_NO_OBJECTIVE",
    (s) => {
      s.objectifs = [];
    },
    ["objectifs"],
  ],
  [
    "NRS_STRAT_OBJECTIVE_NO_INDICATOR",
    (s) => {
      s.objectifs[1]!.cibles = [];
    },
    ["objectifs", 1],
  ],
  [
    "NRS_STRAT_OBJECTIVE_NO_MEASURE",
    (s) => {
      s.mesures[2]!.objectifs = ["O1"];
    },
    ["objectifs", 2],
  ],
  [
    "NRS_STRAT_NO_MEANS",
    (s) => {
      delete s.moyens;
    },
    ["moyens"],
  ],
  [
    "NRS_STRAT_INDICATOR_UNDEFINED",
    (s) => {
      s.objectifs[0]!.cibles[0]!.indicateur = "inconnu";
    },
    ["objectifs", 0, "cibles", 0, "indicateur"],
  ],
  [
    "NRS_STRAT_TARGET_BEFORE_BASELINE",
    (s) => {
      s.objectifs[3]!.cibles[0]!.anneeCible = 2022;
    },
    ["objectifs", 3, "cibles", 0, "anneeCible"],
  ],
  [
    "NRS_STRAT_TARGET_DIRECTION",
    (s) => {
      s.objectifs[0]!.cibles[0]!.valeurCible = 5;
    },
    ["objectifs", 0, "cibles", 0, "valeurCible"],
  ],
  [
    "NRS_STRAT_MEASURE_NO_OBJECTIVE",
    (s) => {
      s.mesures.push({ ...s.mesures[0]!, id: "M9", objectifs: [] });
    },
    ["mesures", 6, "objectifs"],
  ],
  [
    "NRS_STRAT_UNKNOWN_OBJECTIVE",
    (s) => {
      s.mesures[0]!.objectifs.push("O99");
    },
    ["mesures", 0, "objectifs", 1],
  ],
  [
    "NRS_STRAT_DUPLICATE_ID",
    (s) => {
      s.mesures[1]!.id = "M1";
    },
    ["mesures", 1, "id"],
  ],
  [
    "NRS_STRAT_PERIOD_REVERSED",
    (s) => {
      s.periode = { debut: 2030, fin: 2025 };
    },
    ["periode", "fin"],
  ],
  [
    "NRS_STRAT_DATES_REVERSED",
    (s) => {
      s.mesures[4]!.dateFin = "2023-12-31";
    },
    ["mesures", 4, "dateFin"],
  ],
  [
    "NRS_STRAT_NOT_ADOPTED",
    (s) => {
      delete s.adoption;
    },
    ["adoption"],
  ],
  [
    "NRS_STRAT_LATE",
    (s) => {
      s.adoption!.date = "2025-01-02";
    },
    ["adoption", "date"],
  ],
  [
    "NRS_STRAT_AXIS_NOT_COVERED",
    (s) => {
      s.objectifs[5]!.axe = "AUTRE";
    },
    ["objectifs"],
  ],
  [
    "NRS_STRAT_TARGET_OUTSIDE_PERIOD",
    (s) => {
      s.objectifs[0]!.cibles[0]!.anneeCible = 2035;
    },
    ["objectifs", 0, "cibles", 0, "anneeCible"],
  ],
  [
    "NRS_STRAT_INDICATOR_UNUSED",
    (s) => {
      s.indicateurs.push({ ...s.indicateurs[0]!, code: "orphelin" });
    },
    ["indicateurs", 6],
  ],
];

export type BilanCase = [code: string, mutate: (b: BilanAnnuelInput, s: StrategieInput) => void, path: (string | number)[]];
export const BILAN_CASES: BilanCase[] = [
  [
    "NRS_BILAN_MISSING_TARGET_VALUE",
    (b) => {
      b.valeurs.splice(2, 1);
    },
    ["valeurs"],
  ],
  [
    "NRS_BILAN_NO_VALUE",
    (b, s) => {
      s.objectifs[0]!.indicateurs = ["i7"];
      s.indicateurs.push({ ...s.indicateurs[0]!, code: "i7" });
    },
    ["valeurs"],
  ],
  [
    "NRS_BILAN_UNKNOWN_INDICATOR",
    (b) => {
      b.valeurs[0]!.indicateur = "pas-defini";
    },
    ["valeurs", 0, "indicateur"],
  ],
  [
    "NRS_BILAN_DUPLICATE_VALUE",
    (b) => {
      b.valeurs.push({ ...b.valeurs[0]! });
    },
    ["valeurs", 6],
  ],
  [
    "NRS_BILAN_VALUE_OUTSIDE_YEAR",
    (b) => {
      b.valeurs[1]!.date = "2024-12-31";
      b.valeurs[1]!.dateDebut = "2024-01-01";
    },
    ["valeurs", 1, "date"],
  ],
  [
    "NRS_BILAN_PERIOD_REVERSED",
    (b) => {
      b.valeurs[0]!.dateDebut = "2026-01-01";
    },
    ["valeurs", 0, "dateDebut"],
  ],
  [
    "NRS_BILAN_UNKNOWN_ENTITY",
    (b) => {
      b.valeurs[0]!.entite = "99999";
    },
    ["valeurs", 0, "entite"],
  ],
  [
    "NRS_BILAN_UNKNOWN_MEASURE",
    (b) => {
      b.avancementMesures.push({ mesure: "M42", statut: "FINI" });
    },
    ["avancementMesures", 6, "mesure"],
  ],
  [
    "NRS_BILAN_DUPLICATE_PROGRESS",
    (b) => {
      b.avancementMesures.push({ mesure: "M1", statut: "FINI" });
    },
    ["avancementMesures", 6, "mesure"],
  ],
  [
    "NRS_BILAN_MEASURE_NOT_REPORTED",
    (b) => {
      b.avancementMesures.pop();
    },
    ["avancementMesures"],
  ],
  [
    "NRS_BILAN_PROGRESS_INCONSISTENT",
    (b) => {
      b.avancementMesures[0]!.statut = "FINI";
    },
    ["avancementMesures", 0, "avancementPct"],
  ],
  [
    "NRS_BILAN_AFTER_BUDGET_DEBATE",
    (b) => {
      b.rapportDd.datePresentation = "2026-03-01";
    },
    ["rapportDd", "datePresentation"],
  ],
  [
    "NRS_BILAN_FISCAL_YEAR",
    (b) => {
      b.rapportDd.exerciceBudgetaire = 2028;
    },
    ["rapportDd", "exerciceBudgetaire"],
  ],
  [
    "NRS_BILAN_STRATEGY_VERSION",
    (b) => {
      b.versionStrategie = "0.9";
    },
    ["versionStrategie"],
  ],
  [
    "NRS_BILAN_OUTSIDE_PERIOD",
    (b, s) => {
      s.periode = { debut: 2026, fin: 2030 };
      s.objectifs.forEach((o) => {
        o.cibles[0]!.anneeCible = 2027;
      });
    },
    ["annee"],
  ],
  [
    "NRS_COLLECTIVITE_MISMATCH",
    (b) => {
      b.collectivite.siren = OTHER_SIREN;
    },
    ["collectivite", "siren"],
  ],
];
