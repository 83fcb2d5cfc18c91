import { at, type Bad } from "./malformed-json.js";
import { commune } from "./documents.js";

/** Malformed whole documents and collectivités (see malformed-json.ts for what a case holds). */
export const MALFORMED_COLLECTIVITE: Bad[] = [
  // --- whole documents ---
  ["collectivite", "null document", { whole: null }, "NRS_INVALID_TYPE", []],
  ["programme", "array instead of object", { whole: [] }, "NRS_INVALID_TYPE", []],
  ["strategie", "string instead of object", { whole: "strategie" }, "NRS_INVALID_TYPE", []],
  ["bilan", "number instead of object", { whole: 2025 }, "NRS_INVALID_TYPE", []],
  // --- collectivité ---
  [
    "collectivite",
    "SIREN with a wrong check digit",
    (d) => {
      d.siren = "299900018";
    },
    "NRS_INVALID_SIREN",
    ["siren"],
  ],
  [
    "collectivite",
    "SIREN with 8 digits",
    (d) => {
      d.siren = "29990001";
    },
    "NRS_INVALID_SIREN",
    ["siren"],
  ],
  [
    "collectivite",
    "SIREN with spaces",
    (d) => {
      d.siren = "299 900 019";
    },
    "NRS_INVALID_SIREN",
    ["siren"],
  ],
  [
    "collectivite",
    "SIRET with a wrong check digit",
    (d) => {
      d.siret = "29990001900011";
    },
    "NRS_INVALID_SIRET",
    ["siret"],
  ],
  [
    "collectivite",
    "SIRET of another SIREN",
    (d) => {
      d.siret = "73282932000074";
    },
    "NRS_SIRET_NOT_OF_SIREN",
    ["siret"],
  ],
  [
    "collectivite",
    "SIREN as a number",
    (d) => {
      d.siren = 299900019;
    },
    "NRS_INVALID_TYPE",
    ["siren"],
  ],
  [
    "collectivite",
    "missing SIREN",
    (d) => {
      delete d.siren;
    },
    "NRS_REQUIRED",
    ["siren"],
  ],
  [
    "collectivite",
    "unknown type",
    (d) => {
      d.type = "DEPARTEMENT";
    },
    "NRS_INVALID_VALUE",
    ["type"],
  ],
  [
    "collectivite",
    "empty name",
    (d) => {
      d.nom = "";
    },
    "NRS_TOO_SHORT",
    ["nom"],
  ],
  [
    "collectivite",
    "population as a string",
    (d) => {
      at(d, "population").valeur = "80000";
    },
    "NRS_INVALID_TYPE",
    ["population", "valeur"],
  ],
  [
    "collectivite",
    "negative population",
    (d) => {
      at(d, "population").valeur = -1;
    },
    "NRS_TOO_SMALL",
    ["population", "valeur"],
  ],
  [
    "collectivite",
    "fractional population",
    (d) => {
      at(d, "population").valeur = 80000.5;
    },
    "NRS_INVALID_TYPE",
    ["population", "valeur"],
  ],
  [
    "collectivite",
    "unknown population kind",
    (d) => {
      at(d, "population").type = "légale";
    },
    "NRS_INVALID_VALUE",
    ["population", "type"],
  ],
  [
    "collectivite",
    "vintage out of range",
    (d) => {
      at(d, "population").millesime = 21;
    },
    "NRS_TOO_SMALL",
    ["population", "millesime"],
  ],
  [
    "collectivite",
    "negative agents",
    (d) => {
      d.agentsEtp = -3;
    },
    "NRS_NEGATIVE",
    ["agentsEtp"],
  ],
  [
    "collectivite",
    "agents as text",
    (d) => {
      d.agentsEtp = "beaucoup";
    },
    "NRS_INVALID_FORMAT",
    ["agentsEtp"],
  ],
  [
    "collectivite",
    "EPCI without member communes",
    (d) => {
      d.communesMembres = [];
    },
    "NRS_EPCI_WITHOUT_MEMBERS",
    ["communesMembres"],
  ],
  [
    "collectivite",
    "member with INSEE 20xxx",
    (d) => {
      at(d, "communesMembres", 1).codeInsee = "20004";
    },
    "NRS_INVALID_INSEE",
    ["communesMembres", 1, "codeInsee"],
  ],
  [
    "collectivite",
    "member INSEE code too short",
    (d) => {
      at(d, "communesMembres", 0).codeInsee = "2690";
    },
    "NRS_INVALID_INSEE",
    ["communesMembres", 0, "codeInsee"],
  ],
  [
    "collectivite",
    "duplicate member",
    (d) => {
      at(d, "communesMembres", 1).codeInsee = "26901";
    },
    "NRS_DUPLICATE_MEMBER",
    ["communesMembres", 1, "codeInsee"],
  ],
  [
    "collectivite",
    "unknown field (typo)",
    (d) => {
      d.popluation = 1;
    },
    "NRS_UNKNOWN_KEY",
    [],
  ],
  [
    "collectivite",
    "commune without INSEE code",
    () => {
      const c = commune();
      delete c.codeInsee;
      return c;
    },
    "NRS_COMMUNE_WITHOUT_INSEE",
    ["codeInsee"],
  ],
  [
    "collectivite",
    "commune with members",
    () => ({ ...commune(), communesMembres: [{ nom: "X", codeInsee: "26902" }] }),
    "NRS_COMMUNE_WITH_MEMBERS",
    ["communesMembres"],
  ],
];
