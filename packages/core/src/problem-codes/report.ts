import { meaning, type ProblemMeaning } from "./problem-meaning.js";

/** @internal The codes of @nrs/report and what each means. */
export const REPORT_CODES = {
  NRS_REPORT_BAD_DATE: meaning("Date AAAA-MM-JJ attendue, reçu « … ».", 'Date YYYY-MM-DD expected, got "…".'),
  NRS_REPORT_BAD_FORMAT: meaning("Format inconnu « … » (html, markdown ou json).", 'Unknown format "…" (html, markdown or json).'),
  NRS_REPORT_BAD_INPUT: meaning(
    "« … » doit être un objet, une liste, un texte ou un nombre, selon le champ (renderBilan ne vérifie que la forme : passez le JSON par parseBilanReportInput).",
    '"…" must be an object, a list, a text or a number, depending on the field (renderBilan checks the shape only: pass JSON through parseBilanReportInput).',
  ),
  NRS_REPORT_BAD_LANG: meaning("Langue inconnue « … » (fr ou en).", 'Unknown language "…" (fr or en).'),
  NRS_REPORT_BAD_SIRET: meaning(
    "SIRET « … » invalide : quatorze chiffres attendus, avec une clé de contrôle (Luhn) correcte.",
    'Invalid SIRET "…": fourteen digits expected, with a correct (Luhn) check digit.',
  ),
  NRS_REPORT_BAD_YEAR: meaning(
    "Année entière ≥ 2021 attendue (obligation en vigueur depuis 2021), reçu « … ».",
    'Whole year ≥ 2021 expected (obligation in force since 2021), got "…".',
  ),
  NRS_REPORT_UNREADABLE_INPUT: meaning(
    "Le bilan n'a pas pu être composé à partir de documents non validés : validez-les d'abord avec parseBilanReportInput.",
    "The bilan could not be composed from documents that were not validated: validate them first with parseBilanReportInput.",
  ),
  NRS_REPORT_ECOINDEX_UNSTABLE: meaning("L'EcoIndex du document ne se stabilise pas.", "The document's EcoIndex does not settle."),
  NRS_REPORT_MISSING_FIELD: meaning("Le champ « … » est obligatoire (texte non vide).", 'Field "…" is required (non-empty text).'),
  NRS_REPORT_NOT_BOOLEAN: meaning("Booléen (true/false) attendu.", "Boolean (true/false) expected."),
  NRS_REPORT_NOT_IN_LIST: meaning("Valeur « … » hors de la liste : ….", 'Value "…" is not one of: ….'),
  NRS_REPORT_NOT_TEXT: meaning("Texte attendu.", "Text expected."),
  NRS_REPORT_PART_EXCEEDS_TOTAL: meaning("« … » dépasse « montant_total ».", '"…" exceeds "montant_total".'),
  NRS_COMPARE_DUPLICATE_VALUE: meaning(
    "Valeur donnée deux fois pour le même indicateur et la même collectivité : la seconde est écartée.",
    "A value given twice for the same indicator and local authority: the second is left out.",
  ),
  NRS_OPENDATA_BAD_CELL: meaning(
    "Cellule invalide dans un fichier open data publié : ligne écartée.",
    "Invalid cell in a published open-data file: row left out.",
  ),
  NRS_OPENDATA_CELL_COUNT: meaning(
    "Nombre de cellules différent du nombre de colonnes d'en-tête : ligne écartée.",
    "Cell count differs from the header's column count: row left out.",
  ),
  NRS_OPENDATA_DUPLICATE_COLUMN: meaning(
    "Colonne en double dans l'en-tête d'un fichier open data.",
    "A column appears twice in an open-data file's header.",
  ),
  NRS_OPENDATA_MISSING_COLUMN: meaning(
    "Colonnes obligatoires du schéma national absentes.",
    "Required columns of the national schema are missing.",
  ),
  NRS_OPENDATA_OLD_VERSION: meaning(
    "Fichier dans une version antérieure du schéma national.",
    "File in an older version of the national schema.",
  ),
  NRS_OPENDATA_OTHER_SCHEMA: meaning(
    "Le fichier ne suit pas le schéma national attendu.",
    "The file does not follow the expected national schema.",
  ),
  NRS_OPENDATA_UNKNOWN_COLUMN: meaning("Colonnes hors du schéma national : ignorées.", "Columns outside the national schema: ignored."),
  NRS_REPORT_UNKNOWN_SCHEMA_VERSION: meaning(
    "Version inconnue d'un schéma national d'export.",
    "Unknown version of a national export schema.",
  ),
  NRS_REPORT_DOCX_ENTRY: meaning(
    "Le format docx est produit par l'entrée à part « @nrs/report/docx ».",
    'The docx format is written by the separate entry "@nrs/report/docx".',
  ),
  NRS_REPORT_BAD_OPTION: meaning("Option de rendu invalide.", "Invalid rendering option."),
} as const satisfies Readonly<Record<string, ProblemMeaning>>;
