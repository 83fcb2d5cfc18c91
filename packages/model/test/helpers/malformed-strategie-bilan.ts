import { at, type Bad } from "./malformed-json.js";

/** Malformed strategies and bilans (see malformed-json.ts for what a case holds). */
export const MALFORMED_STRATEGIE_BILAN: Bad[] = [
  // --- stratégie ---
  [
    "strategie",
    "missing version",
    (d) => {
      delete d.version;
    },
    "NRS_REQUIRED",
    ["version"],
  ],
  [
    "strategie",
    "period years as strings",
    (d) => {
      at(d, "periode").debut = "2024";
    },
    "NRS_INVALID_TYPE",
    ["periode", "debut"],
  ],
  [
    "strategie",
    "objectives not an array",
    (d) => {
      d.objectifs = {};
    },
    "NRS_INVALID_TYPE",
    ["objectifs"],
  ],
  [
    "strategie",
    "objective id with a space",
    (d) => {
      at(d, "objectifs", 0).id = "O 1";
    },
    "NRS_INVALID_ID",
    ["objectifs", 0, "id"],
  ],
  [
    "strategie",
    "objective with unknown axis",
    (d) => {
      at(d, "objectifs", 2).axe = "ECO_CONCEPTION";
    },
    "NRS_INVALID_VALUE",
    ["objectifs", 2, "axe"],
  ],
  [
    "strategie",
    "objective with unknown temporality",
    (d) => {
      at(d, "objectifs", 0).temporalite = "MENSUEL";
    },
    "NRS_INVALID_VALUE",
    ["objectifs", 0, "temporalite"],
  ],
  [
    "strategie",
    "objective deadline not a date",
    (d) => {
      at(d, "objectifs", 0).echeance = "fin 2027";
    },
    "NRS_INVALID_DATE",
    ["objectifs", 0, "echeance"],
  ],
  [
    "strategie",
    "target value NaN-like text",
    (d) => {
      at(d, "objectifs", 0, "cibles", 0).valeurCible = "NaN";
    },
    "NRS_INVALID_FORMAT",
    ["objectifs", 0, "cibles", 0, "valeurCible"],
  ],
  [
    "strategie",
    "target value null",
    (d) => {
      at(d, "objectifs", 0, "cibles", 0).valeurReference = null;
    },
    "NRS_INVALID_TYPE",
    ["objectifs", 0, "cibles", 0, "valeurReference"],
  ],
  [
    "strategie",
    "target value Infinity",
    (d) => {
      at(d, "objectifs", 0, "cibles", 0).valeurCible = Number.POSITIVE_INFINITY;
    },
    "NRS_NOT_A_NUMBER",
    ["objectifs", 0, "cibles", 0, "valeurCible"],
  ],
  [
    "strategie",
    "target year fractional",
    (d) => {
      at(d, "objectifs", 1, "cibles", 0).anneeCible = 2025.5;
    },
    "NRS_INVALID_TYPE",
    ["objectifs", 1, "cibles", 0, "anneeCible"],
  ],
  [
    "strategie",
    "target without indicator",
    (d) => {
      delete at(d, "objectifs", 1, "cibles", 0).indicateur;
    },
    "NRS_REQUIRED",
    ["objectifs", 1, "cibles", 0, "indicateur"],
  ],
  [
    "strategie",
    "indicator without label",
    (d) => {
      delete at(d, "indicateurs", 0).libelle;
    },
    "NRS_REQUIRED",
    ["indicateurs", 0, "libelle"],
  ],
  [
    "strategie",
    "indicator label as a string",
    (d) => {
      at(d, "indicateurs", 0).libelle = "Part";
    },
    "NRS_INVALID_TYPE",
    ["indicateurs", 0, "libelle"],
  ],
  [
    "strategie",
    "indicator with unknown direction",
    (d) => {
      at(d, "indicateurs", 1).sens = "MONTEE";
    },
    "NRS_INVALID_VALUE",
    ["indicateurs", 1, "sens"],
  ],
  [
    "strategie",
    "indicator with unknown periodicity",
    (d) => {
      at(d, "indicateurs", 1).periodicite = "Annuelle";
    },
    "NRS_INVALID_VALUE",
    ["indicateurs", 1, "periodicite"],
  ],
  [
    "strategie",
    "indicator with empty unit",
    (d) => {
      at(d, "indicateurs", 2).unite = "";
    },
    "NRS_TOO_SHORT",
    ["indicateurs", 2, "unite"],
  ],
  [
    "strategie",
    "measure with unknown status",
    (d) => {
      at(d, "mesures", 0).statut = "TERMINE";
    },
    "NRS_INVALID_VALUE",
    ["mesures", 0, "statut"],
  ],
  [
    "strategie",
    "measure with unknown commitment level",
    (d) => {
      at(d, "mesures", 0).niveauEngagement = "PROJET";
    },
    "NRS_INVALID_VALUE",
    ["mesures", 0, "niveauEngagement"],
  ],
  [
    "strategie",
    "measure objectives as a string",
    (d) => {
      at(d, "mesures", 3).objectifs = "O4";
    },
    "NRS_INVALID_TYPE",
    ["mesures", 3, "objectifs"],
  ],
  [
    "strategie",
    "measure with negative budget",
    (d) => {
      at(d, "mesures", 0).budgetEuros = "-500";
    },
    "NRS_NEGATIVE",
    ["mesures", 0, "budgetEuros"],
  ],
  [
    "strategie",
    "measure start 2024-02-30",
    (d) => {
      at(d, "mesures", 0).dateDebut = "2024-02-30";
    },
    "NRS_INVALID_DATE",
    ["mesures", 0, "dateDebut"],
  ],
  [
    "strategie",
    "means budget with a comma",
    (d) => {
      at(d, "moyens").budgetEuros = "120 000,00";
    },
    "NRS_INVALID_FORMAT",
    ["moyens", "budgetEuros"],
  ],
  [
    "strategie",
    "means FTE negative",
    (d) => {
      at(d, "moyens").etp = -1;
    },
    "NRS_NEGATIVE",
    ["moyens", "etp"],
  ],
  [
    "strategie",
    "unknown field in a measure",
    (d) => {
      at(d, "mesures", 0).responsable = "DSI";
    },
    "NRS_UNKNOWN_KEY",
    ["mesures", 0],
  ],
  // --- bilan ---
  [
    "bilan",
    "year as a string",
    (d) => {
      d.annee = "2025";
    },
    "NRS_INVALID_TYPE",
    ["annee"],
  ],
  [
    "bilan",
    "missing rapport DD",
    (d) => {
      delete d.rapportDd;
    },
    "NRS_REQUIRED",
    ["rapportDd"],
  ],
  [
    "bilan",
    "presentation on 30 February",
    (d) => {
      at(d, "rapportDd").datePresentation = "2026-02-30";
    },
    "NRS_INVALID_DATE",
    ["rapportDd", "datePresentation"],
  ],
  [
    "bilan",
    "value without date",
    (d) => {
      delete at(d, "valeurs", 0).date;
    },
    "NRS_REQUIRED",
    ["valeurs", 0, "date"],
  ],
  [
    "bilan",
    "value as boolean",
    (d) => {
      at(d, "valeurs", 2).valeur = true;
    },
    "NRS_INVALID_TYPE",
    ["valeurs", 2, "valeur"],
  ],
  [
    "bilan",
    "value as empty string",
    (d) => {
      at(d, "valeurs", 2).valeur = "";
    },
    "NRS_INVALID_FORMAT",
    ["valeurs", 2, "valeur"],
  ],
  [
    "bilan",
    "value with unknown nature",
    (d) => {
      at(d, "valeurs", 0).nature = "FLUX";
    },
    "NRS_INVALID_VALUE",
    ["valeurs", 0, "nature"],
  ],
  [
    "bilan",
    "value with unknown perimeter",
    (d) => {
      at(d, "valeurs", 0).perimetre = "EPCI";
    },
    "NRS_INVALID_VALUE",
    ["valeurs", 0, "perimetre"],
  ],
  [
    "bilan",
    "value with unknown quality level",
    (d) => {
      at(d, "valeurs", 0).qualite = "BONNE";
    },
    "NRS_INVALID_VALUE",
    ["valeurs", 0, "qualite"],
  ],
  [
    "bilan",
    "value without source",
    (d) => {
      delete at(d, "valeurs", 4).source;
    },
    "NRS_REQUIRED",
    ["valeurs", 4, "source"],
  ],
  [
    "bilan",
    "progress above 100 %",
    (d) => {
      at(d, "avancementMesures", 0).avancementPct = 120;
    },
    "NRS_PERCENT_OVER_100",
    ["avancementMesures", 0, "avancementPct"],
  ],
  [
    "bilan",
    "progress a hair above 100 % (a float would round it to 100)",
    (d) => {
      at(d, "avancementMesures", 0).avancementPct = "100.00000000000000000001";
    },
    "NRS_PERCENT_OVER_100",
    ["avancementMesures", 0, "avancementPct"],
  ],
  [
    "bilan",
    "spending with a 1000-digit exponent",
    (d) => {
      at(d, "avancementMesures", 0).depensesEuros = "1e1000";
    },
    "NRS_NUMBER_TOO_LONG",
    ["avancementMesures", 0, "depensesEuros"],
  ],
  [
    "bilan",
    "progress negative",
    (d) => {
      at(d, "avancementMesures", 0).avancementPct = "-5";
    },
    "NRS_NEGATIVE",
    ["avancementMesures", 0, "avancementPct"],
  ],
  [
    "bilan",
    "progress of unknown status",
    (d) => {
      at(d, "avancementMesures", 1).statut = "ABANDONNE";
    },
    "NRS_INVALID_VALUE",
    ["avancementMesures", 1, "statut"],
  ],
  [
    "bilan",
    "comments as a string",
    (d) => {
      d.commentaires = "RAS";
    },
    "NRS_INVALID_TYPE",
    ["commentaires"],
  ],
  [
    "bilan",
    "fiscal year out of range",
    (d) => {
      at(d, "rapportDd").exerciceBudgetaire = 99999;
    },
    "NRS_TOO_BIG",
    ["rapportDd", "exerciceBudgetaire"],
  ],
];
