import * as z from "zod/mini";
import { zAnnee } from "./annee.js";
import { AvancementMesureSchema } from "./avancement-mesure.js";
import { RapportDdSchema } from "./rapport-dd.js";
import { ReferenceCollectiviteSchema } from "./reference-collectivite.js";
import { ValeurIndicateurSchema } from "./valeur-indicateur.js";

/**
 * zod/mini schema of a bilan annuel of the strategy (`bilans/<année>.json`; loi n° 2021-1485 art. 35
 * and CGCT art. L. 2311-1-1): the year it reports on, the strategy version it follows, the measured
 * indicator values (collected ones; computable indicators are computed from the data files by
 * `@nrs/indicators`), the progress of measures, comments, and the rapport DD it belongs to.
 *
 * @example
 * ```ts
 * import { BilanAnnuelSchema } from "@nrs/model";
 * const r = BilanAnnuelSchema.safeParse({
 *   collectivite: { siren: "732829320" }, annee: 2024, versionStrategie: "1.0",
 *   rapportDd: { exerciceBudgetaire: 2025, datePresentation: "2025-02-06" },
 *   valeurs: [], avancementMesures: [],
 * });
 * console.log(r.success); // true
 * ```
 */
export const BilanAnnuelSchema = z.strictObject({
  /** Optional JSON Schema reference for editors; kept as is. */
  $schema: z.optional(z.string()),
  /** The collectivité the document belongs to (SIREN must match `collectivite.json`). */
  collectivite: ReferenceCollectiviteSchema,
  /** Year the bilan reports on. */
  annee: zAnnee,
  /** Version of the strategy the bilan follows. */
  versionStrategie: z.optional(z.string().check(z.minLength(1))),
  /** The rapport DD the bilan belongs to. */
  rapportDd: RapportDdSchema,
  /** Collected indicator values. */
  valeurs: z.array(ValeurIndicateurSchema),
  /** Progress of the strategy's measures. */
  avancementMesures: z.array(AvancementMesureSchema),
  /** Comments. */
  commentaires: z.optional(z.array(z.string().check(z.minLength(1)))),
});

/**
 * A parsed bilan annuel (decimals are canonical decimal strings).
 *
 * @example
 * ```ts
 * import type { BilanAnnuel } from "@nrs/model";
 * const f = (b: BilanAnnuel): number => b.valeurs.length;
 * console.log(typeof f); // "function"
 * ```
 */
export type BilanAnnuel = z.output<typeof BilanAnnuelSchema>;
/**
 * What a `bilans/<année>.json` may contain (decimals as numbers or strings).
 *
 * @example
 * ```ts
 * import { parseBilan, type BilanAnnuelInput } from "@nrs/model";
 * const input: BilanAnnuelInput = { collectivite: { siren: "732829320" }, annee: 2025,
 *   rapportDd: { exerciceBudgetaire: 2026, datePresentation: "2026-02-05" }, valeurs: [], avancementMesures: [] };
 * console.log(parseBilan(input).ok); // true
 * ```
 */
export type BilanAnnuelInput = z.input<typeof BilanAnnuelSchema>;
