import * as z from "zod/mini";
import { AdoptionSchema } from "./adoption.js";
import { zAnnee } from "./annee.js";
import { IndicateurSchema } from "./indicateur.js";
import { MesureSchema } from "./mesure.js";
import { MoyensSchema } from "./moyens.js";
import { ObjectifSchema } from "./objectif.js";
import { ReferenceCollectiviteSchema } from "./reference-collectivite.js";

/**
 * The years a strategy covers, both included.
 *
 * @example
 * ```ts
 * import { PeriodeSchema } from "@nrs/model";
 * console.log(PeriodeSchema.safeParse({ debut: 2025, fin: 2030 }).success); // true
 * ```
 */
export const PeriodeSchema = z.strictObject({
  /** First year (included). */
  debut: zAnnee,
  /** Last year (included). */
  fin: zAnnee,
});

/**
 * A parsed period.
 *
 * @example
 * ```ts
 * import type { Periode } from "@nrs/model";
 * const f = (p: Periode): number => p.fin - p.debut + 1;
 * console.log(typeof f); // "function"
 * ```
 */
export type Periode = z.output<typeof PeriodeSchema>;

/**
 * zod/mini schema of the stratégie numérique responsable (`strategie.json`, CGCT art. D. 2311-15-1):
 * version, adoption, period, objectives with their quantified targets, indicator definitions,
 * measures and means. Structure is checked here; what the decree asks for (at least one objective,
 * an indicator and a measure per objective, means...) is checked by `checkStrategy`.
 *
 * @example
 * ```ts
 * import { StrategieSchema } from "@nrs/model";
 * const r = StrategieSchema.safeParse({
 *   collectivite: { siren: "732829320" }, version: "1.0", periode: { debut: 2025, fin: 2030 },
 *   objectifs: [], indicateurs: [], mesures: [],
 * });
 * // valid (and checkStrategy reports that it has no objective)
 * console.log(r.success); // true
 * ```
 */
export const StrategieSchema = z.strictObject({
  /** Optional JSON Schema reference for editors; kept as is. */
  $schema: z.optional(z.string()),
  /** The collectivité the document belongs to (SIREN must match `collectivite.json`). */
  collectivite: ReferenceCollectiviteSchema,
  /** Version of the strategy (bilans name the version they follow). */
  version: z.string().check(z.minLength(1)),
  /** Adoption by the deliberative body; absent while not adopted. */
  adoption: z.optional(AdoptionSchema),
  /** Years the strategy covers. */
  periode: PeriodeSchema,
  /** Objectives of reduction of the territory's digital footprint. */
  objectifs: z.array(ObjectifSchema),
  /** Definitions of the follow-up indicators. */
  indicateurs: z.array(IndicateurSchema),
  /** Measures put in place. */
  mesures: z.array(MesureSchema),
  /** Means to deliver the strategy. */
  moyens: z.optional(MoyensSchema),
  /** Free comment. */
  commentaire: z.optional(z.string()),
});

/**
 * A parsed strategy (decimals are canonical decimal strings).
 *
 * @example
 * ```ts
 * import type { Strategie } from "@nrs/model";
 * const f = (s: Strategie): string[] => s.objectifs.map((o) => o.id);
 * console.log(typeof f); // "function"
 * ```
 */
export type Strategie = z.output<typeof StrategieSchema>;
/**
 * What a `strategie.json` may contain (decimals as numbers or strings).
 *
 * @example
 * ```ts
 * import { parseStrategy, type StrategieInput } from "@nrs/model";
 * const input: StrategieInput = { collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
 *   objectifs: [], indicateurs: [], mesures: [], moyens: { budgetEuros: "1e5" } };
 * console.log(parseStrategy(input).ok); // true
 * ```
 */
export type StrategieInput = z.input<typeof StrategieSchema>;
