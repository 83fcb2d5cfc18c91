import { meaning, type ProblemMeaning } from "./problem-meaning.js";

/** @internal The codes shared by several packages and what each means. */
export const SHARED_CODES = {
  NRS_INVALID_DATE: meaning(
    "Date attendue au format AAAA-MM-JJ (date réelle du calendrier).",
    "Expected a real calendar date written YYYY-MM-DD.",
  ),
  NRS_INVALID_FORMAT: meaning("Format invalide (motif, date, identifiant…).", "Invalid format (pattern, date, identifier…)."),
  NRS_INVALID_OPTION: meaning("Option invalide passée à une fonction.", "Invalid option passed to a function."),
  NRS_INVALID_TYPE: meaning(
    "Type de valeur inattendu (texte, nombre, liste, objet…).",
    "Unexpected kind of value (text, number, list, object…).",
  ),
  NRS_INVALID_VALUE: meaning("Valeur non reconnue parmi les valeurs possibles.", "Value not among the allowed values."),
  NRS_NEGATIVE: meaning("La valeur ne peut pas être négative.", "The value must not be negative."),
  NRS_NOT_A_NUMBER: meaning("Nombre fini attendu.", "A finite number is expected."),
  NRS_NOT_POSITIVE: meaning("La valeur doit être strictement positive.", "Value must be greater than zero."),
  NRS_REQUIRED: meaning("Champ obligatoire manquant.", "Required field is missing."),
  NRS_TOO_BIG: meaning("La valeur dépasse le maximum permis.", "The value exceeds the allowed maximum."),
  NRS_TOO_SHORT: meaning("Trop court : pas assez d'éléments ou de caractères.", "Too short: too few items or characters."),
  NRS_TOO_SMALL: meaning("La valeur est sous le minimum permis.", "The value is below the allowed minimum."),
  NRS_UNKNOWN_KEY: meaning("Champ inconnu (faute de frappe ?).", "Unknown field (a typo?)."),
  NRS_OUT_OF_BOUNDS: meaning(
    "Valeur hors des bornes documentées (facteur, montant, quantité).",
    "Value outside the documented bounds (factor, amount, quantity).",
  ),
  NRS_TERRITORY_UNKNOWN_YEAR: meaning(
    "Aucune année de l'évaluation nationale ne couvre l'année demandée.",
    "No year of the national assessment covers the year asked.",
  ),
} as const satisfies Readonly<Record<string, ProblemMeaning>>;
