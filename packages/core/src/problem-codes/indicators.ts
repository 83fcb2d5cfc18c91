import { meaning, type ProblemMeaning } from "./problem-meaning.js";

/** @internal The codes of @nrs/indicators and what each means. */
export const INDICATORS_CODES = {
  NRS_AGEC_DONATION_ABOVE_REUSE: meaning(
    "Le montant issu du don dépasse le montant issu du réemploi (les dons en font partie).",
    "The donation amount exceeds the reuse amount (donations are part of it).",
  ),
  NRS_AGEC_RECYCLED_ABOVE_TOTAL: meaning(
    "Le montant intégrant des matières recyclées dépasse le montant total.",
    "The recycled-content amount exceeds the total amount.",
  ),
  NRS_AGEC_REUSE_ABOVE_TOTAL: meaning(
    "Le montant issu du réemploi dépasse le montant total.",
    "The reuse amount exceeds the total amount.",
  ),
  NRS_AGEC_UNKNOWN_CATEGORY: meaning("Catégorie AGEC inconnue.", "Unknown AGEC category."),
  NRS_ALLOCATION_KEYS: meaning("Clé de répartition négative, ou toutes les clés nulles.", "A negative allocation key, or every key zero."),
  NRS_ALLOCATION_KEYS_SUM: meaning("Les parts de répartition doivent faire 1 au total.", "Allocation shares must add up to 1."),
  NRS_BAD_DECIMALS: meaning(
    "Nombre de décimales invalide : … (entier de 0 à 100 attendu).",
    "Invalid number of decimals: … (an integer from 0 to 100 expected).",
  ),
  NRS_DUPLICATE_COLUMN: meaning("La colonne « … » apparaît deux fois.", 'Column "…" appears twice.'),
  NRS_ECOINDEX_INPUTS: meaning(
    "Il faut le score, ou les trois mesures (éléments DOM, requêtes, poids en Ko).",
    "Either the score or the three measures (DOM elements, requests, size in KB) are needed.",
  ),
  NRS_ECOINDEX_SCORE_RANGE: meaning("Le score EcoIndex va de 0 à 100.", "The EcoIndex score ranges from 0 to 100."),
  NRS_EMPTY_FILE: meaning("Fichier vide : une ligne d'en-tête est attendue.", "Empty file: a header line is expected."),
  NRS_EXIT_BEFORE_REFORM: meaning("La date de sortie précède la date de réforme.", "The exit date is before the retirement date."),
  NRS_EXIT_DATE_MISSING: meaning(
    "Une date de sortie est attendue pour une destination autre que STOCK.",
    "An exit date is expected for a destination other than STOCK.",
  ),
  NRS_INVALID_BOOLEAN: meaning("« … » : oui ou non attendu (colonne …).", '"…": yes or no expected (column …).'),
  NRS_INVALID_MILESTONES: meaning(
    "Jalons invalides : référence, cibles ou années incohérentes.",
    "Invalid milestones: inconsistent baseline, targets or years.",
  ),
  NRS_MISSING_COLUMN: meaning("Colonne obligatoire absente : « … » (ou …).", 'Required column missing: "…" (or …).'),
  NRS_NOT_AN_INTEGER: meaning("« … » n'est pas un nombre entier (colonne …).", '"…" is not a whole number (column …).'),
  NRS_REFORM_BEFORE_ACQUISITION: meaning(
    "La date de réforme précède la date d'acquisition.",
    "The retirement date is before the acquisition date.",
  ),
  NRS_RGAA_TOO_MANY_CRITERIA: meaning("Plus de … critères au total (RGAA 4.1).", "More than … criteria in total (RGAA 4.1)."),
  NRS_RGESN_DUPLICATE: meaning("Le critère … a deux statuts (…, …).", "Criterion … has two statuses (…, …)."),
  NRS_RGESN_NA_FORBIDDEN: meaning(
    "Le critère … s'applique à tous les services : il ne peut pas être « Non applicable ».",
    'Criterion … applies to every service: it cannot be "Not applicable".',
  ),
  NRS_RGESN_UNKNOWN_CRITERION: meaning(
    "Critère RGESN 2024 inconnu (identifiants 1.1 à 9.7).",
    "Unknown RGESN 2024 criterion (ids 1.1 to 9.7).",
  ),
  NRS_ROLLUP_DUPLICATE: meaning("Deux résultats pour l'entité ….", "Two results for entity …."),
  NRS_ROLLUP_YEARS: meaning("Résultats de plusieurs années : ….", "Results of several years: …."),
  NRS_TOO_MANY_CELLS: meaning("Cette ligne a … cellules pour … colonnes.", "This line has … cells for … columns."),
  NRS_UNKNOWN_COLUMN: meaning("Colonne inconnue « … » : ignorée.", 'Unknown column "…": ignored.'),
  NRS_COMPARE_DUPLICATE_SUBJECT: meaning(
    "Collectivité déjà comparée : la seconde source est écartée, pas fusionnée.",
    "Local authority already compared: the second source is left out, not merged.",
  ),
  NRS_COMPARE_TOO_FEW_SUBJECTS: meaning(
    "Il faut au moins deux collectivités de la même année pour comparer.",
    "At least two local authorities of the same year are needed to compare.",
  ),
  NRS_COMPARE_YEAR_MISMATCH: meaning(
    "Source d'une autre année que celle de la comparaison : écartée.",
    "A source of another year than the one compared: left out.",
  ),
} as const satisfies Readonly<Record<string, ProblemMeaning>>;
