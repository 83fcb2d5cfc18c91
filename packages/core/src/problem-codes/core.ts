import { meaning, type ProblemMeaning } from "./problem-meaning.js";

/** @internal The codes of @nrs/core and what each means. */
export const CORE_CODES = {
  NRS_CSV_TEXT_AFTER_QUOTE: meaning("Texte après un guillemet fermant.", "Text after a closing quote."),
  NRS_CSV_UNCLOSED_QUOTE: meaning("Guillemet ouvert jamais refermé.", "Quote opened and never closed."),
  NRS_INVALID: meaning("Valeur invalide.", "Invalid value."),
  NRS_NOT_MULTIPLE: meaning("La valeur n'est pas un multiple du pas attendu.", "The value is not a multiple of the expected step."),
  NRS_NUMBER_TOO_LONG: meaning(
    "Nombre trop long : au plus 400 chiffres avant et 400 chiffres après la virgule.",
    "Number too long: at most 400 digits before and 400 digits after the decimal point.",
  ),
  NRS_ODD: meaning("Nombre impair.", "Odd number."),
  NRS_TOO_LONG: meaning("Trop long : trop d'éléments ou de caractères.", "Too long: too many items or characters."),
  NRS_UNKNOWN: meaning("Erreur inconnue.", "Unknown error."),
  NRS_UNKNOWN_ENTITY: meaning(
    "Entité « … » non déclarée dans collectivite.json (attendu : …) : la ligne n'est pas comptée.",
    'Entity "…" not declared in collectivite.json (expected: …): the line is not counted.',
  ),
} as const satisfies Readonly<Record<string, ProblemMeaning>>;
