/**
 * The `type_produit_acquis` of the national AGEC art. 58 declaration schema
 * (`declaration-biens-reemploi-reutilisation-recycle` v0.1.0, one of its 17 values) for each AGEC
 * category code of `achats.csv`. `autre` has none: an « other » purchase may be of any of the 14
 * other categories, or of none, so it is not declared (see `agec58Declaration`).
 *
 * The French labels of `AGEC_CATEGORIES` are read from here, so the two cannot drift.
 *
 * @example
 * ```ts
 * import { AGEC58_PRODUCT_TYPES } from "@nrs/indicators";
 * console.log(AGEC58_PRODUCT_TYPES["consommables-impression"]); // Consommables d'impression
 * ```
 */
export const AGEC58_PRODUCT_TYPES = {
  "informatique-telephonie": "Matériel informatique et téléphonie",
  "reprographie-impression": "Matériel de reprographie et d'impression",
  "consommables-impression": "Consommables d'impression",
} as const;

/**
 * A `type_produit_acquis` the declaration can hold (a value of {@link AGEC58_PRODUCT_TYPES}).
 *
 * @example
 * ```ts
 * import type { Agec58ProductType } from "@nrs/indicators";
 * const t: Agec58ProductType = "Matériel informatique et téléphonie";
 * console.log(t.length > 0); // true
 * ```
 */
export type Agec58ProductType = (typeof AGEC58_PRODUCT_TYPES)[keyof typeof AGEC58_PRODUCT_TYPES];
