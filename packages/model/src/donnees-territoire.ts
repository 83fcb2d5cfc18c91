import * as z from "zod/mini";
import { zNonNegativeDecimalString, zPositiveDecimalString } from "@nrs/core";

/**
 * A data centre located on the territory, in `territoire.json`: its name, its yearly IT electricity
 * (`energieInformatiqueKWh`) or IT power (`puissanceInformatiqueKW`, then counted all year), and its
 * PUE (at least 1; the French average of the study year when absent).
 *
 * @example
 * ```ts
 * import { CentreDeDonneesLocalSchema } from "@nrs/model";
 * console.log(CentreDeDonneesLocalSchema.safeParse({ nom: "Salle du syndicat", energieInformatiqueKWh: 350000, pue: 1.6 }).success); // true
 * ```
 */
export const CentreDeDonneesLocalSchema = z.strictObject({
  /** Name of the site. */
  nom: z.string().check(z.minLength(1)),
  /** Electricity drawn by the IT equipment in the year (kWh). */
  energieInformatiqueKWh: z.optional(zNonNegativeDecimalString),
  /** IT power (kW), when the yearly energy is not known: counted as drawn all year (an upper bound). */
  puissanceInformatiqueKW: z.optional(zNonNegativeDecimalString),
  /** Power usage effectiveness (≥ 1, checked by the calculation). */
  pue: z.optional(zPositiveDecimalString),
});

/**
 * `donnees/<année>/territoire.json`: what the collectivité knows about its territory to estimate the
 * digital footprint of the territory (not only of its administration). The population comes from
 * `collectivite.json`; every field here is optional and replaces a national average for one segment.
 * See `docs/formats/donnees-annuelles.md` and `docs/methodology/territoire.md`.
 *
 * @example
 * ```ts
 * import { DonneesTerritoireSchema } from "@nrs/model";
 * const r = DonneesTerritoireSchema.safeParse({
 *   menages: 31000, abonnementsFixes: 29500,
 *   centresDeDonnees: { comptage: "usage", sites: [{ nom: "Salle du syndicat", energieInformatiqueKWh: 350000 }] },
 * });
 * console.log(r.success); // true
 * ```
 */
export const DonneesTerritoireSchema = z.strictObject({
  /** Optional JSON Schema reference for editors; kept as is. */
  $schema: z.optional(z.string()),
  /** Edition of the ADEME–Arcep assessment: `"2025"` (default, January 2025 update) or `"2022"` (first edition). */
  edition: z.optional(z.enum(["2025", "2022"])),
  /** Households on the territory (INSEE census): replaces population as the key of terminals. */
  menages: z.optional(z.int().check(z.gte(0))),
  /** Fixed internet subscriptions on the territory (Arcep open data): replaces population as the key of networks. */
  abonnementsFixes: z.optional(z.int().check(z.gte(0))),
  /** Data centres located on the territory and how they count: `usage` (serving, default) or `implantation` (located on). */
  centresDeDonnees: z.optional(
    z.strictObject({
      comptage: z.optional(z.enum(["usage", "implantation"])),
      sites: z.optional(z.array(CentreDeDonneesLocalSchema)),
    }),
  ),
  /** Whether the administration's own footprint (inventory + hosting) is shown as a share of the territory's (default true). */
  partAdministration: z.optional(z.boolean()),
  /** Where the local figures come from (INSEE table, Arcep open data file, operator's report...). */
  sources: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Free comment. */
  commentaire: z.optional(z.string()),
});

/**
 * Output type of {@link DonneesTerritoireSchema}.
 *
 * @example
 * ```ts
 * import type { DonneesTerritoire } from "@nrs/model";
 * const t: DonneesTerritoire = { menages: 31000 };
 * console.log(t.menages); // 31000
 * ```
 */
export type DonneesTerritoire = z.output<typeof DonneesTerritoireSchema>;
