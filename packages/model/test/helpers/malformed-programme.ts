import { at, type Bad } from "./malformed-json.js";

/** Malformed programmes de travail (see malformed-json.ts for what a case holds). */
export const MALFORMED_PROGRAMME: Bad[] = [
  // --- programme de travail ---
  [
    "programme",
    "missing acteurs",
    (d) => {
      delete d.acteurs;
    },
    "NRS_REQUIRED",
    ["acteurs"],
  ],
  [
    "programme",
    "actor with unknown nature",
    (d) => {
      at(d, "acteurs", 0).nature = "ASSOCIATIF";
    },
    "NRS_INVALID_VALUE",
    ["acteurs", 0, "nature"],
  ],
  [
    "programme",
    "actor without role",
    (d) => {
      delete at(d, "acteurs", 1).role;
    },
    "NRS_REQUIRED",
    ["acteurs", 1, "role"],
  ],
  [
    "programme",
    "actor SIRET of 9 digits",
    (d) => {
      at(d, "acteurs", 0).siret = "299900019";
    },
    "NRS_INVALID_SIRET",
    ["acteurs", 0, "siret"],
  ],
  [
    "programme",
    "adoption date in French format",
    (d) => {
      at(d, "adoption").date = "15/12/2022";
    },
    "NRS_INVALID_DATE",
    ["adoption", "date"],
  ],
  [
    "programme",
    "adoption on 31 November",
    (d) => {
      at(d, "adoption").date = "2022-11-31";
    },
    "NRS_INVALID_DATE",
    ["adoption", "date"],
  ],
  [
    "programme",
    "empty bilan synthesis",
    (d) => {
      at(d, "bilanUsages").synthese = "";
    },
    "NRS_TOO_SHORT",
    ["bilanUsages", "synthese"],
  ],
  [
    "programme",
    "key figure not a number",
    (d) => {
      at(d, "bilanImpactEnvironnemental", "chiffresCles", 0).valeur = "812,5";
    },
    "NRS_INVALID_FORMAT",
    ["bilanImpactEnvironnemental", "chiffresCles", 0, "valeur"],
  ],
  [
    "programme",
    "action with unknown axis",
    (d) => {
      at(d, "syntheseActionsEngagees", 0).axe = "AXE_2";
    },
    "NRS_INVALID_VALUE",
    ["syntheseActionsEngagees", 0, "axe"],
  ],
  [
    "programme",
    "collectivité SIREN wrong",
    (d) => {
      at(d, "collectivite").siren = "123456789";
    },
    "NRS_INVALID_SIREN",
    ["collectivite", "siren"],
  ],
];
