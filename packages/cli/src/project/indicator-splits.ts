import { DEFAULT_ENTITY, indicatorDefinition } from "@nrs/indicators";
import { CLES_REPARTITION, type Collectivite } from "@nrs/model";
import type { SharedIndicatorSplit } from "@nrs/report";
import type { EntityIndicators } from "./entity-indicators.js";
import { entityName } from "./entity-name.js";

/**
 * The splits of {@link EntityIndicators} as the bilan shows them (`repartitionsIndicateurs` of
 * `@nrs/report`): the service's name and key phrase, the entities in the order `collectivite.json`
 * lists them, and one line per additive indicator with the service's figure and each entity's part.
 */
export function indicatorSplits(a: EntityIndicators, c: Collectivite): SharedIndicatorSplit[] {
  return a.splits.map((s) => {
    const service = c.servicesPartages?.find((x) => x.code === s.code);
    const listed = (service?.entites ?? []).map((e) => (s.keys[e] === undefined ? DEFAULT_ENTITY : e));
    const entities = [...new Set([...listed, ...Object.keys(s.keys)])].filter((e) => s.keys[e] !== undefined);
    return {
      service: service?.nom ?? s.code,
      cle: service ? CLES_REPARTITION[service.cle] : { fr: s.basis, en: s.basis },
      entites: entities.map((e) => ({ nom: entityName(c, e), cle: s.keys[e]! })),
      lignes: s.rows.map((row) => ({
        indicateur: indicatorDefinition(row.code)?.label ?? row.code,
        unite: row.unit,
        total: row.total,
        parts: entities.map((e) => row.parts[e]),
      })),
    };
  });
}
