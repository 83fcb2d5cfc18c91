import * as z from "zod/mini";
import { type Message, zDecimalString } from "@nrs/core";
import { zDateIso } from "./date-iso.js";
import { zIdentifiant } from "./identifiant.js";

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

/**
 * A measured value of an indicator in a bilan: the indicator's code, the value, its date (end of the
 * period, or the date of the stock), whether it is a period or a stock (with the period's start),
 * the perimeter and entity (`epci`, or a member commune's INSEE code), where it was collected, and
 * its data-quality level.
 *
 * @example
 * ```ts
 * import { ValeurIndicateurSchema } from "@nrs/model";
 * const r = ValeurIndicateurSchema.safeParse({
 *   indicateur: "ateliers-agents", valeur: 14, date: "2024-12-31", nature: "PERIODE", dateDebut: "2024-01-01",
 *   perimetre: "ADMINISTRATION", source: "Registre des formations", qualite: "MESUREE",
 * });
 * console.log(r.success); // true
 * ```
 */
export const ValeurIndicateurSchema = z.strictObject({
  /** Code of the indicator. */
  indicateur: zIdentifiant,
  /** Measured value (number or decimal string in JSON; a canonical decimal string once parsed). */
  valeur: zDecimalString,
  /** End of the period, or date of the stock. */
  date: zDateIso,
  /** `PERIODE` (a flow over a period) or `STOCK` (at a date). */
  nature: z.enum(["PERIODE", "STOCK"]),
  /** Start of the period (for `PERIODE`). */
  dateDebut: z.optional(zDateIso),
  /** `ADMINISTRATION` or `TERRITOIRE`. */
  perimetre: z.enum(["ADMINISTRATION", "TERRITOIRE"]),
  /** `epci` for the EPCI itself, or a member commune's INSEE code; absent means the whole collectivité. */
  entite: z.optional(z.string().check(z.minLength(1))),
  /** Collection source (system, register, survey...). */
  source: z.string().check(z.minLength(1)),
  /** Data-quality level: `MESUREE`, `CALCULEE` or `ESTIMEE`. */
  qualite: z.enum(["MESUREE", "CALCULEE", "ESTIMEE"]),
  /** Free comment. */
  commentaire: z.optional(z.string()),
});

/**
 * A parsed indicator value (`valeur` is a canonical decimal string).
 *
 * @example
 * ```ts
 * import type { ValeurIndicateur } from "@nrs/model";
 * const f = (v: ValeurIndicateur): string => `${v.indicateur} = ${v.valeur}`;
 * console.log(typeof f); // "function"
 * ```
 */
export type ValeurIndicateur = z.output<typeof ValeurIndicateurSchema>;
