import * as z from "zod/mini";
import { zAxeCode } from "./axe.js";
import { zIdentifiant } from "./identifiant.js";

/**
 * An indicator's label: French required, English optional.
 *
 * @example
 * ```ts
 * import { LibelleSchema } from "@nrs/model";
 * console.log(LibelleSchema.safeParse({ fr: "Nombre d'ateliers" }).success); // true
 * ```
 */
export const LibelleSchema = z.strictObject({
  /** French label. */
  fr: z.string().check(z.minLength(1)),
  /** English label. */
  en: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Output type of {@link LibelleSchema}.
 *
 * @example
 * ```ts
 * import type { Libelle } from "@nrs/model";
 * const f = (l: Libelle, lang: "fr" | "en"): string => (lang === "en" ? l.en ?? l.fr : l.fr);
 * console.log(typeof f); // "function"
 * ```
 */
export type Libelle = z.output<typeof LibelleSchema>;

/**
 * The definition of a follow-up indicator of the strategy (« indicateurs de suivi associés à ces
 * objectifs », CGCT art. D. 2311-15-1): code (a code of the `@nrs/indicators` catalogue when the
 * indicator is computable, or the collectivité's own), labels, unit, direction, periodicity, how it
 * is calculated, where its data come from, and its axis.
 *
 * @example
 * ```ts
 * import { IndicateurSchema } from "@nrs/model";
 * const r = IndicateurSchema.safeParse({
 *   code: "ateliers-agents", libelle: { fr: "Ateliers de sensibilisation des agents" }, unite: "nombre",
 *   sens: "HAUSSE", periodicite: "annuelle", axe: "SENSIBILISATION_ELUS_AGENTS",
 * });
 * console.log(r.success); // true
 * ```
 */
export const IndicateurSchema = z.strictObject({
  /** Stable code, referenced by targets and bilan values. */
  code: zIdentifiant,
  /** Labels in French and English. */
  libelle: LibelleSchema,
  /** Unit, e.g. `%`, `kgCO2e/agent`, `personnes`. */
  unite: z.string().check(z.minLength(1)),
  /** `HAUSSE` (higher is better) or `BAISSE` (lower is better). */
  sens: z.enum(["HAUSSE", "BAISSE"]),
  /** How often it is measured. */
  periodicite: z.enum(["quotidienne", "hebdomadaire", "mensuelle", "trimestrielle", "semestrielle", "annuelle", "autre"]),
  /** Axis the indicator follows. */
  axe: zAxeCode,
  /** How the value is obtained (numerator / denominator, perimeter...). */
  modeCalcul: z.optional(z.string().check(z.minLength(1))),
  /** Where the data come from, or the guide the indicator is taken from. */
  source: z.optional(z.string().check(z.minLength(1))),
  /** What it measures: the authority's own services (`ADMINISTRATION`, when absent) or the `TERRITOIRE`. */
  perimetre: z.optional(z.enum(["ADMINISTRATION", "TERRITOIRE"])),
});

/**
 * A parsed indicator definition.
 *
 * @example
 * ```ts
 * import type { Indicateur } from "@nrs/model";
 * const f = (i: Indicateur): string => `${i.code} (${i.unite})`;
 * console.log(typeof f); // "function"
 * ```
 */
export type Indicateur = z.output<typeof IndicateurSchema>;
