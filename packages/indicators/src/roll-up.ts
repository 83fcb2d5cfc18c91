import { definedProps, ex, Exact, NrsError, out, problem, type ExactValue, type Message } from "@nrs/core";
import { catalogue, indicatorDefinition } from "./catalogue.js";
import type { IndicatorDefinition } from "./indicator-definition.js";
import { allocateResults, type SharedService } from "./allocate-results.js";
import type { DataQuality, IndicatorComponent, IndicatorResults, IndicatorValue, NotComputed, RecordsUsed } from "./indicator-value.js";

/**
 * Options of {@link rollUp}.
 *
 * @example
 * ```ts
 * import { computeIndicators, rollUp, type RollUpOptions } from "@nrs/indicators";
 * const syndicate = computeIndicators({ events: [{ date: "2025-03-01", type: "STAND", audience: "HABITANTS", participants: 100, estimated: true }] }, { year: 2025 });
 * const o: RollUpOptions = { shared: [{ results: syndicate, basis: "custom", keys: { a: "0.25", b: "0.75" } }] };
 * const all = rollUp({ id: "epci", children: [{ id: "a" }, { id: "b" }] }, [], o);
 * console.log(all.get("b")?.values.find((v) => v.code === "personnes-sensibilisees")?.value.toString()); // 75
 * ```
 */
export interface RollUpOptions {
  /** Shared services whose results are split between entities (see {@link allocateResults}) before rolling up. */
  readonly shared?: readonly SharedService[];
}

/**
 * A node of an entity tree: an EPCI and its member communes, or any grouping.
 *
 * @example
 * ```ts
 * import type { EntityNode } from "@nrs/indicators";
 * const tree: EntityNode = { id: "epci", children: [{ id: "26901" }, { id: "26902" }] };
 * console.log(tree.children?.length); // 2
 * ```
 */
export interface EntityNode {
  /** Entity id (`epci`, an INSEE code, any grouping id): the `entity` of its own results, if any. */
  readonly id: string;
  /** Member entities. */
  readonly children?: readonly EntityNode[];
}

const QUALITY_RANK: Readonly<Record<DataQuality, number>> = { MESUREE: 0, CALCULEE: 1, ESTIMEE: 2 };

/**
 * Combines the components of several entities by the catalogue's aggregation: `sum` adds the values;
 * `ratio` and `weightedMean` add numerators and denominators and divide (× the multiplier), never
 * averaging ratios. `undefined` when a ratio part lacks its numerator or denominator or the pooled
 * denominator is zero.
 */
function combine(def: IndicatorDefinition, parts: readonly IndicatorComponent[]): IndicatorComponent | undefined {
  if (def.aggregation === "sum") {
    return { value: out(parts.reduce((s, p) => s.plus(ex(p.value)), new Exact(0))) };
  }
  if (def.aggregation === "none") return undefined;
  let n: ExactValue = new Exact(0),
    d: ExactValue = new Exact(0);
  for (const p of parts) {
    if (p.numerator === undefined || p.denominator === undefined) {
      // Counts inside a ratio indicator's breakdown (grades, states) are additive.
      if (parts.every((q) => q.numerator === undefined && q.denominator === undefined))
        return { value: out(parts.reduce((s, q) => s.plus(ex(q.value)), new Exact(0))) };
      return undefined;
    }
    n = n.plus(ex(p.numerator));
    d = d.plus(ex(p.denominator));
  }
  if (d.isZero()) return undefined;
  const ref = parts.find((p) => p.reference !== undefined)?.reference;
  const value = out(n.times(def.multiplier ?? 1).dividedBy(d), true);
  return {
    value,
    numerator: out(n),
    denominator: out(d),
    ...definedProps({ reference: ref && { ...ref, met: def.direction === "HAUSSE" ? value.gte(ref.value) : value.lte(ref.value) } }),
  };
}

/**
 * Rolls indicator values up an entity tree (an EPCI from its member communes, or any tree): for every
 * internal node, the values of its own results (the EPCI's administration, when given) and of its
 * children's rolled-up results are combined by the catalogue's aggregation — additive indicators are
 * summed, ratios and weighted means are recomputed from the pooled numerators and denominators (never
 * averaged), breakdowns likewise key by key; indicators that do not aggregate are reported
 * `NON_AGREGEABLE`. An entity without a value for an indicator is named in the notes, and the
 * roll-up's quality is the worst of its parts. Shared services (`options.shared`) are first split
 * between entities by population, agents or custom keys ({@link allocateResults}), conserving their
 * totals. Returns the results of every node (leaves unchanged unless they received a share). Throws
 * an `NrsError` (`@nrs/core`) when the results are of several years or an entity appears twice.
 *
 * @example
 * ```ts
 * import { computeIndicators, rollUp } from "@nrs/indicators";
 * const ev = (entity: string, participants: number) => ({ entity, date: "2024-05-01", type: "FORMATION" as const, audience: "AGENTS" as const, participants, estimated: false });
 * const data = { events: [ev("26901", 30), ev("26902", 10)] };
 * const a = computeIndicators({ ...data, agents: 100 }, { year: 2024, entity: "26901" });
 * const b = computeIndicators({ ...data, agents: 300 }, { year: 2024, entity: "26902" });
 * const all = rollUp({ id: "epci", children: [{ id: "26901" }, { id: "26902" }] }, [a, b]);
 * const v = all.get("epci")?.values.find((x) => x.code === "part-agents-formes");
 * // not the mean of 30 % and 3.33 %
 * console.log(v?.value.toString(), v?.provenance.formula.en); // 10 40 / 400 × 100
 * ```
 */
export function rollUp(tree: EntityNode, results: readonly IndicatorResults[], options: RollUpOptions = {}): Map<string, IndicatorResults> {
  const years = new Set([...results, ...(options.shared ?? []).map((s) => s.results)].map((r) => r.year));
  if (years.size > 1) {
    throw new NrsError([
      problem(
        "NRS_ROLLUP_YEARS",
        ["results"],
        `Résultats de plusieurs années : ${[...years].join(", ")}.`,
        `Results of several years: ${[...years].join(", ")}.`,
      ),
    ]);
  }
  const own = new Map<string, IndicatorResults>();
  for (const r of results) {
    if (own.has(r.entity))
      throw new NrsError([
        problem(
          "NRS_ROLLUP_DUPLICATE",
          ["results", r.entity],
          `Deux résultats pour l'entité ${r.entity}.`,
          `Two results for entity ${r.entity}.`,
        ),
      ]);
    own.set(r.entity, r);
  }
  for (const s of options.shared ?? []) {
    for (const share of allocateResults(s)) {
      const mine = own.get(share.entity);
      own.set(share.entity, mine === undefined ? share : addShare(mine, share));
    }
  }
  const done = new Map<string, IndicatorResults>();
  const visit = (node: EntityNode): IndicatorResults | undefined => {
    const children = (node.children ?? []).map(visit).filter((r): r is IndicatorResults => r !== undefined);
    const mine = own.get(node.id);
    if (children.length === 0) {
      if (mine !== undefined) done.set(node.id, mine);
      return mine;
    }
    const parts = mine === undefined ? children : [mine, ...children];
    const r = combineResults(node.id, parts);
    done.set(node.id, r);
    return r;
  };
  visit(tree);
  return done;
}

function combineResults(entity: string, parts: readonly IndicatorResults[]): IndicatorResults {
  const year = parts[0]?.year ?? 0;
  const values: IndicatorValue[] = [];
  const notComputed: NotComputed[] = [];
  for (const def of catalogue) {
    const have = parts.map((p) => ({ entity: p.entity, v: p.values.find((v) => v.code === def.code) }));
    const present = have.filter((h): h is { entity: string; v: IndicatorValue } => h.v !== undefined);
    if (present.length === 0) {
      const reasons = parts.map((p) => p.notComputed.find((n) => n.code === def.code)).filter((n): n is NotComputed => n !== undefined);
      const first = reasons[0];
      notComputed.push(
        first === undefined
          ? {
              code: def.code,
              entity,
              year,
              reason: "DONNEES_ABSENTES",
              message: { fr: "Aucune entité n'a de valeur.", en: "No entity has a value." },
            }
          : { ...first, entity, year },
      );
      continue;
    }
    const main = combine(
      def,
      present.map((p) => p.v),
    );
    if (main === undefined) {
      notComputed.push({
        code: def.code,
        entity,
        year,
        reason: "NON_AGREGEABLE",
        message:
          def.aggregation === "none"
            ? { fr: "Cet indicateur ne se cumule pas entre entités.", en: "This indicator does not combine across entities." }
            : {
                fr: "Numérateurs ou dénominateurs manquants, ou dénominateur total nul.",
                en: "Numerators or denominators missing, or a zero pooled denominator.",
              },
      });
      continue;
    }
    const keys = [...new Set(present.flatMap((p) => Object.keys(p.v.breakdown ?? {})))].sort();
    const breakdown: Record<string, IndicatorComponent> = {};
    for (const k of keys) {
      const c = combine(
        def,
        present.map((p) => p.v.breakdown?.[k]).filter((x): x is IndicatorComponent => x !== undefined),
      );
      if (c !== undefined) breakdown[k] = c;
    }
    const missing = have.filter((h) => h.v === undefined).map((h) => h.entity);
    const notes: Message[] = [
      {
        fr: `Agrégation (${def.aggregation}) de : ${present.map((p) => p.entity).join(", ")}.`,
        en: `Roll-up (${def.aggregation}) of: ${present.map((p) => p.entity).join(", ")}.`,
      },
    ];
    if (missing.length > 0) notes.push({ fr: `Sans valeur : ${missing.join(", ")}.`, en: `Without a value: ${missing.join(", ")}.` });
    const quality = present
      .map((p) => p.v.provenance.quality)
      .reduce((a, b) => (QUALITY_RANK[b] > QUALITY_RANK[a] ? b : a), "MESUREE" as DataQuality);
    const records = new Map<string, number>();
    for (const p of present) for (const r of p.v.provenance.records) records.set(r.dataset, (records.get(r.dataset) ?? 0) + r.count);
    const packs = present.flatMap((p) => p.v.provenance.factorPacks ?? []);
    const uniquePacks = [...new Map(packs.map((p) => [`${p.id}@${p.version}`, p])).values()];
    const f =
      main.numerator !== undefined && main.denominator !== undefined
        ? `${main.numerator.toSignificantDigits(12).toString()} / ${main.denominator.toSignificantDigits(12).toString()}${(def.multiplier ?? 1) === 1 ? "" : ` × ${def.multiplier}`}`
        : `Σ = ${main.value.toSignificantDigits(12).toString()}`;
    values.push({
      code: def.code,
      entity,
      year,
      ...definedProps({ perimetre: def.perimetre }),
      unit: indicatorDefinition(def.code)?.unit ?? def.unit,
      ...main,
      ...(keys.length === 0 ? {} : { breakdown }),
      provenance: {
        records: [...records].map(([dataset, count]) => ({ dataset, count }) as RecordsUsed),
        formula: { fr: f, en: f },
        quality,
        notes,
        ...(uniquePacks.length === 0 ? {} : { factorPacks: uniquePacks }),
      },
    });
  }
  const problems = parts.flatMap((p) => p.problems);
  return { year, entity, values, notComputed, problems };
}

/**
 * An entity's own results plus its share of a shared service: the indicators the share holds are
 * combined (sums added, ratios pooled) and say which service they include; the others stay as they were
 * (an indicator that does not aggregate, or that the service has no value for, keeps the entity's own value).
 */
function addShare(own: IndicatorResults, share: IndicatorResults): IndicatorResults {
  const shared = new Map(share.values.map((v) => [v.code, v]));
  const combined = combineResults(own.entity, [own, share]);
  const order = new Map<string, number>(catalogue.map((d, i) => [d.code, i]));
  const byOrder = (a: { code: string }, b: { code: string }) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0);
  const values = [
    ...own.values.filter((v) => !shared.has(v.code)),
    ...combined.values
      .filter((v) => shared.has(v.code))
      .map((v) => {
        const mine = own.values.find((x) => x.code === v.code);
        const notes = [...(mine?.provenance.notes ?? []), ...(shared.get(v.code)?.provenance.notes ?? [])];
        return { ...v, provenance: { ...v.provenance, notes } };
      }),
  ].sort(byOrder);
  const computed = new Set(values.map((v) => v.code));
  const notComputed = [
    ...own.notComputed.filter((n) => !computed.has(n.code) && !shared.has(n.code)),
    ...combined.notComputed.filter((n) => !computed.has(n.code) && shared.has(n.code)),
  ].sort(byOrder);
  return { year: own.year, entity: own.entity, values, notComputed, problems: [...own.problems, ...share.problems] };
}
