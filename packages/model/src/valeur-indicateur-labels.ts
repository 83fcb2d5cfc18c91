// The FR/EN labels of an indicator value, apart from its zod schema: a page that shows a label (the report)
// imports this module without bundling the schema nor zod.
import type { Message } from "@nrs/core";

/**
 * A key of {@link NATURES_VALEUR}.
 *
 * @example
 * ```ts
 * import { NATURES_VALEUR, type NatureValeur } from "@nrs/model";
 * const k: NatureValeur = "STOCK";
 * console.log(NATURES_VALEUR[k].fr);
 * ```
 */
export type NatureValeur = "PERIODE" | "STOCK";

/**
 * Whether a value covers a period (a flow: purchases in the year) or is a stock at a date (devices in
 * service on 31 December), as in the national schema `impact-service-public-numerique`.
 *
 * @example
 * ```ts
 * import { NATURES_VALEUR } from "@nrs/model";
 * console.log(NATURES_VALEUR.STOCK.en); // "Stock at a date"
 * ```
 */
export const NATURES_VALEUR: Readonly<Record<NatureValeur, Message>> = {
  PERIODE: { fr: "Valeur sur une période", en: "Value over a period" },
  STOCK: { fr: "Stock à une date", en: "Stock at a date" },
};

/**
 * A key of {@link PERIMETRES}.
 *
 * @example
 * ```ts
 * import { PERIMETRES, type Perimetre } from "@nrs/model";
 * const k: Perimetre = "TERRITOIRE";
 * console.log(PERIMETRES[k].fr);
 * ```
 */
export type Perimetre = "ADMINISTRATION" | "TERRITOIRE";

/**
 * What a value covers: the collectivité's own administration (patrimoine, fonctionnement: first part
 * of the rapport DD, CGCT art. D. 2311-15) or its territory (second part).
 *
 * @example
 * ```ts
 * import { PERIMETRES } from "@nrs/model";
 * console.log(PERIMETRES.TERRITOIRE.fr); // "Territoire"
 * ```
 */
export const PERIMETRES: Readonly<Record<Perimetre, Message>> = {
  ADMINISTRATION: { fr: "Administration (services de la collectivité)", en: "Administration (the authority's own services)" },
  TERRITOIRE: { fr: "Territoire", en: "Territory" },
};

/**
 * A key of {@link NIVEAUX_QUALITE}.
 *
 * @example
 * ```ts
 * import { NIVEAUX_QUALITE, type NiveauQualite } from "@nrs/model";
 * const k: NiveauQualite = "ESTIMEE";
 * console.log(NIVEAUX_QUALITE[k].fr);
 * ```
 */
export type NiveauQualite = "MESUREE" | "CALCULEE" | "ESTIMEE";

/**
 * Data-quality level of a value: measured (read from a system or a count), computed from records,
 * or estimated.
 *
 * @example
 * ```ts
 * import { NIVEAUX_QUALITE } from "@nrs/model";
 * console.log(NIVEAUX_QUALITE.ESTIMEE.en); // "Estimated"
 * ```
 */
export const NIVEAUX_QUALITE: Readonly<Record<NiveauQualite, Message>> = {
  MESUREE: { fr: "Mesurée", en: "Measured" },
  CALCULEE: { fr: "Calculée à partir de données", en: "Computed from records" },
  ESTIMEE: { fr: "Estimée", en: "Estimated" },
};
