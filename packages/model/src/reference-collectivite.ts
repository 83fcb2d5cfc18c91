import * as z from "zod/mini";
import { zSiren } from "./siren.js";

/**
 * How the programme, the strategy and the bilan name the collectivité they belong to: its SIREN
 * (which must match `collectivite.json`) and, for readers, its name.
 *
 * @example
 * ```ts
 * import { ReferenceCollectiviteSchema } from "@nrs/model";
 * console.log(ReferenceCollectiviteSchema.safeParse({ siren: "732829320" }).success); // true
 * ```
 */
export const ReferenceCollectiviteSchema = z.strictObject({
  /** SIREN of the collectivité. */
  siren: zSiren,
  /** Name, for readers. */
  nom: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Output type of {@link ReferenceCollectiviteSchema}.
 *
 * @example
 * ```ts
 * import type { ReferenceCollectivite } from "@nrs/model";
 * const f = (r: ReferenceCollectivite): string => r.siren;
 * console.log(typeof f); // "function"
 * ```
 */
export type ReferenceCollectivite = z.output<typeof ReferenceCollectiviteSchema>;
