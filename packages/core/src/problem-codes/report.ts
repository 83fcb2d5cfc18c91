import { meaning, type ProblemMeaning } from "./problem-meaning.js";

/** @internal The codes of @nrs/report and what each means. */
export const REPORT_CODES = {
  NRS_REPORT_BAD_DATE: meaning("Date AAAA-MM-JJ attendue, reçu « … ».",
    "Date YYYY-MM-DD expected, got \"…\"."),
  NRS_REPORT_BAD_FORMAT: meaning("Format inconnu « … » (html, markdown ou json).",
    "Unknown format \"…\" (html, markdown or json)."),
  NRS_REPORT_BAD_INPUT: meaning("« … » doit être un objet.",
    "\"…\" must be an object."),
  NRS_REPORT_BAD_LANG: meaning("Langue inconnue « … » (fr ou en).",
    "Unknown language \"…\" (fr or en)."),
  NRS_REPORT_BAD_SIRET: meaning("SIRET « … » invalide : quatorze chiffres attendus, avec une clé de contrôle (Luhn) correcte.",
    "Invalid SIRET \"…\": fourteen digits expected, with a correct (Luhn) check digit."),
  NRS_REPORT_BAD_YEAR: meaning("Année entière ≥ 2021 attendue (obligation en vigueur depuis 2021), reçu « … ».",
    "Whole year ≥ 2021 expected (obligation in force since 2021), got \"…\"."),
  NRS_REPORT_ECOINDEX_UNSTABLE: meaning("L'EcoIndex du document ne se stabilise pas.",
    "The document's EcoIndex does not settle."),
  NRS_REPORT_MISSING_FIELD: meaning("Le champ « … » est obligatoire (texte non vide).",
    "Field \"…\" is required (non-empty text)."),
  NRS_REPORT_NOT_BOOLEAN: meaning("Booléen (true/false) attendu.",
    "Boolean (true/false) expected."),
  NRS_REPORT_NOT_IN_LIST: meaning("Valeur « … » hors de la liste : ….",
    "Value \"…\" is not one of: …."),
  NRS_REPORT_NOT_TEXT: meaning("Texte attendu.",
    "Text expected."),
  NRS_REPORT_PART_EXCEEDS_TOTAL: meaning("« … » dépasse « montant_total ».",
    "\"…\" exceeds \"montant_total\"."),
} as const satisfies Readonly<Record<string, ProblemMeaning>>;
