import * as z from "zod/mini";
import { zSiret } from "./siret.js";

/**
 * An actor of the territory listed in the état des lieux (loi n° 2021-1485 art. 35: « recensant les
 * acteurs concernés »): name, public or private, and role in the approach.
 *
 * @example
 * ```ts
 * import { ActeurSchema } from "@nrs/model";
 * console.log(ActeurSchema.safeParse({ nom: "Syndicat mixte du numérique", nature: "PUBLIC", role: "Hébergement" }).success);
 * ```
 */
export const ActeurSchema = z.strictObject({
  /** Name of the actor. */
  nom: z.string().check(z.minLength(1)),
  /** `PUBLIC` or `PRIVE`. */
  nature: z.enum(["PUBLIC", "PRIVE"]),
  /** Role in the approach. */
  role: z.string().check(z.minLength(1)),
  /** SIRET (14 digits, Luhn checksum verified), if known. */
  siret: z.optional(zSiret),
});

/**
 * Output type of {@link ActeurSchema}.
 *
 * @example
 * ```ts
 * import type { Acteur } from "@nrs/model";
 * const f = (a: Acteur): string => `${a.nom} (${a.nature})`;
 * console.log(typeof f); // "function"
 * ```
 */
export type Acteur = z.output<typeof ActeurSchema>;
