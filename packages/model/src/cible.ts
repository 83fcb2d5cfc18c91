import * as z from "zod/mini";
import { zDecimalString } from "@nrs/core";
import { zAnnee } from "./annee.js";
import { zIdentifiant } from "./identifiant.js";

/**
 * A quantified target of an objective: an indicator (by code), its baseline (year and value) and the
 * value aimed at for a target year. An objective may hold several targets (e.g. intermediate ones).
 *
 * @example
 * ```ts
 * import { CibleSchema } from "@nrs/model";
 * const r = CibleSchema.safeParse({ indicateur: "part-achats-reemploi", anneeReference: 2023, valeurReference: "8", anneeCible: 2027, valeurCible: 25 });
 * if (r.success) console.log(r.data.valeurCible); // "25"
 * ```
 */
export const CibleSchema = z.strictObject({
  /** Code of an indicator defined in the strategy. */
  indicateur: zIdentifiant,
  /** Baseline year. */
  anneeReference: zAnnee,
  /** Baseline value. */
  valeurReference: zDecimalString,
  /** Year the target is for (not before the baseline year). */
  anneeCible: zAnnee,
  /** Target value. */
  valeurCible: zDecimalString,
});

/**
 * A parsed target (values are canonical decimal strings: `new Decimal(s)` for arithmetic).
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { Cible } from "@nrs/model";
 * const gap = (c: Cible): string => new Decimal(c.valeurCible).minus(c.valeurReference).toString();
 * console.log(gap({ indicateur: "pue", anneeReference: 2023, valeurReference: "1.9", anneeCible: 2027, valeurCible: "1.5" })); // "-0.4"
 * ```
 */
export type Cible = z.output<typeof CibleSchema>;
