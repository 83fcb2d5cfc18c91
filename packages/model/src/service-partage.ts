import * as z from "zod/mini";
import { type Message, zNonNegativeDecimalString } from "@nrs/core";
import { ENTITY_CODE_PATTERN } from "./entite-liee.js";

/**
 * How a shared service's figures are split between the entities that share it: in proportion to
 * their agents (ETP), their population, their devices (the inventory's quantities tagged with each
 * entity), or by explicit shares (`parts`, which must add up to exactly 1).
 *
 * @example
 * ```ts
 * import { CLES_REPARTITION } from "@nrs/model";
 * console.log(Object.keys(CLES_REPARTITION).join(" ")); // agents population equipements parts
 * ```
 */
export const CLES_REPARTITION = {
  agents: { fr: "au prorata des agents (ETP)", en: "in proportion to agents (FTE)" },
  population: { fr: "au prorata de la population", en: "in proportion to population" },
  equipements: { fr: "au prorata des équipements de l'inventaire", en: "in proportion to the inventory's devices" },
  parts: { fr: "selon des parts fixées", en: "by set shares" },
} as const satisfies Record<string, Message>;

/** One of {@link CLES_REPARTITION}. */
export type CleRepartition = keyof typeof CLES_REPARTITION;

/**
 * zod/mini schema of a shared service declared in `collectivite.json` (`servicesPartages`): a DSI,
 * a data centre or a help desk run for several entities. Its `code` tags the lines of the data files
 * that belong to it; `entites` are the entities sharing it (`epci` for the collectivité itself, a
 * member commune's INSEE code, or the code of an entity of `entitesLiees`); `cle` the allocation key,
 * and `parts` the shares when `cle` is `parts`.
 *
 * @example
 * ```ts
 * import { ServicePartageSchema } from "@nrs/model";
 * import { safeParse } from "@nrs/core";
 * const r = safeParse(ServicePartageSchema, { code: "dsi-mutualisee", nom: "DSI mutualisée", entites: ["epci", "ccas"], cle: "parts", parts: { epci: "0.85", ccas: "0.15" } });
 * console.log(r.ok); // true
 * ```
 */
export const ServicePartageSchema = z.strictObject({
  /** Code used in the `entite` column of the lines that belong to the service. */
  code: z.string().check(z.regex(ENTITY_CODE_PATTERN)),
  /** Name. */
  nom: z.string().check(z.minLength(1)),
  /** The entities that share it (at least two). */
  entites: z.array(z.string().check(z.minLength(1))).check(z.minLength(2)),
  /** The allocation key. */
  cle: z.enum(Object.keys(CLES_REPARTITION) as [CleRepartition, ...CleRepartition[]]),
  /** Shares per entity (decimal strings adding up to exactly 1), only with `cle: "parts"`. */
  parts: z.optional(z.record(z.string(), zNonNegativeDecimalString)),
});

/**
 * A parsed {@link ServicePartageSchema}.
 *
 * @example
 * ```ts
 * import type { ServicePartage } from "@nrs/model";
 * const s: ServicePartage = { code: "dsi", nom: "DSI", entites: ["epci", "ccas"], cle: "agents" };
 * console.log(s.cle); // agents
 * ```
 */
export type ServicePartage = z.output<typeof ServicePartageSchema>;
