import type { Decimal } from "decimal.js";
import { definedProps, ex, out, type DecimalInput } from "@nrs/core";
import { allocateImpacts, type AllocationBasis } from "./allocate-impacts.js";
import { indicatorDefinition } from "./catalogue.js";
import type { IndicatorComponent, IndicatorResults, IndicatorValue } from "./indicator-value.js";

/**
 * A shared service (a syndicate, a shared IT department) whose results are split between entities.
 *
 * @example
 * ```ts
 * import { computeIndicators, type SharedService } from "@nrs/indicators";
 * const s: SharedService = { results: computeIndicators({}, { year: 2025 }), basis: "population", keys: { "26901": 48512, "26902": 14206 } };
 * console.log(s.basis);
 * ```
 */
export interface SharedService {
  /** Its results (e.g. `computeIndicators` on its own data). */
  readonly results: IndicatorResults;
  /** How to split: by `population`, by `agents` (keys are counts) or `custom` shares summing to 1. */
  readonly basis: AllocationBasis;
  /** Entity → key. */
  readonly keys: Readonly<Record<string, DecimalInput>>;
}

/** Each entity's part of one figure of the service, by the one rule ({@link allocateImpacts}). */
function parts(x: Decimal, s: SharedService): Record<string, Decimal> {
  return Object.fromEntries(Object.entries(allocateImpacts({ value: x }, s.basis, s.keys)).map(([e, p]) => [e, p.value]));
}

function split(
  component: IndicatorComponent,
  aggregation: string,
  multiplier: number,
  s: SharedService,
  entities: readonly string[],
): Map<string, IndicatorComponent> | undefined {
  const result = new Map<string, IndicatorComponent>();
  if (aggregation === "sum") {
    const values = parts(component.value, s);
    for (const e of entities) result.set(e, { value: values[e] as Decimal });
    return result;
  }
  if (component.numerator === undefined || component.denominator === undefined) {
    if (aggregation === "none") return undefined;
    // Counts in a ratio indicator's breakdown (grades, states) are additive.
    const values = parts(component.value, s);
    for (const e of entities) result.set(e, { value: values[e] as Decimal });
    return result;
  }
  const num = parts(component.numerator, s);
  const den = parts(component.denominator, s);
  for (const e of entities) {
    const n = num[e] as Decimal,
      d = den[e] as Decimal;
    if (d.isZero()) continue;
    result.set(e, {
      value: out(ex(n).times(multiplier).dividedBy(ex(d)), true),
      numerator: n,
      denominator: d,
      ...definedProps({ reference: component.reference }),
    });
  }
  return result;
}

/**
 * Splits a shared service's results between entities with the one allocation rule,
 * {@link allocateImpacts} (parts truncated to 10 decimal places, the last entity with a non-zero key
 * taking the remainder): additive values are split by the keys; ratios and weighted means have their numerator and denominator split alike (so
 * every entity's share has the service's ratio, and pooling the shares gives the service back);
 * indicators that do not aggregate are dropped. Every split conserves the service's total exactly.
 * The shares are then rolled up with the entities' own results by {@link rollUp} (option `shared`).
 *
 * @example
 * ```ts
 * import { allocateResults, computeIndicators } from "@nrs/indicators";
 * const syndicate = computeIndicators({ events: [{ date: "2024-03-01", type: "ATELIER", audience: "HABITANTS", participants: 90, estimated: false }] }, { year: 2024 });
 * const parts = allocateResults({ results: syndicate, basis: "population", keys: { "26901": 20000, "26902": 10000 } });
 * console.log(parts.map((p) => `${p.entity}:${p.values.find((v) => v.code === "personnes-sensibilisees")?.value.toString()}`)); // [ '26901:60', '26902:30' ]
 * ```
 */
export function allocateResults(shared: SharedService): IndicatorResults[] {
  const entities = Object.keys(shared.keys);
  const values = new Map<string, IndicatorValue[]>(entities.map((e) => [e, []]));
  for (const v of shared.results.values) {
    const def = indicatorDefinition(v.code);
    if (def === undefined || def.aggregation === "none") continue;
    const multiplier = def.multiplier ?? 1;
    const main = split(v, def.aggregation, multiplier, shared, entities);
    if (main === undefined) continue;
    const breakdowns = new Map<string, Map<string, IndicatorComponent>>();
    for (const [k, c] of Object.entries(v.breakdown ?? {})) {
      const b = split(c, def.aggregation, multiplier, shared, entities);
      if (b !== undefined) breakdowns.set(k, b);
    }
    for (const e of entities) {
      const c = main.get(e);
      if (c === undefined) continue;
      const breakdown: Record<string, IndicatorComponent> = {};
      for (const [k, b] of breakdowns) {
        const x = b.get(e);
        if (x !== undefined) breakdown[k] = x;
      }
      values.get(e)?.push({
        ...c,
        code: v.code,
        entity: e,
        year: v.year,
        unit: v.unit,
        ...(Object.keys(breakdown).length === 0 ? {} : { breakdown }),
        provenance: {
          ...v.provenance,
          notes: [
            ...v.provenance.notes,
            {
              fr: `Part de ${shared.results.entity} (clé : ${shared.basis}).`,
              en: `Share of ${shared.results.entity} (key: ${shared.basis}).`,
            },
          ],
        },
      });
    }
  }
  return entities.map((entity) => ({ year: shared.results.year, entity, values: values.get(entity) ?? [], notComputed: [], problems: [] }));
}
