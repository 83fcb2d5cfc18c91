import type { Decimal } from "decimal.js";
import { definedProps, Exact, out, type ExactValue, type Message, type Problem } from "@nrs/core";
import { indicatorDefinition, type IndicatorCode } from "../catalogue.js";
import { DEFAULT_ENTITY } from "../default-entity.js";
import type { ParsedIndicatorData } from "./parsed-indicator-data.js";
import type {
  DataQuality,
  DatasetName,
  IndicatorComponent,
  IndicatorValue,
  NotComputed,
  NotComputedReason,
  RecordsUsed,
} from "../indicator-value.js";
import type { ComputeIndicatorsOptions } from "./compute-options.js";

/** @internal What every dataset's compute function receives, and where it writes its results. */
export interface Ctx {
  readonly year: number;
  readonly entity: string;
  readonly data: ParsedIndicatorData;
  readonly options: ComputeIndicatorsOptions;
  readonly values: IndicatorValue[];
  readonly notComputed: NotComputed[];
  readonly problems: Problem[];
}

/** @internal The records of the entity asked for, or of its aliases (all of them when no entity is asked for). */
export function mine<T extends { readonly entity?: string }>(ctx: Ctx, rows: readonly T[] | undefined): readonly T[] | undefined {
  const entity = ctx.options.entity;
  if (rows === undefined || entity === undefined) return rows;
  const aliases = ctx.options.aliases ?? [];
  if (aliases.length === 0) return rows.filter((r) => (r.entity ?? DEFAULT_ENTITY) === entity);
  const codes = new Set([entity, ...aliases]);
  return rows.filter((r) => codes.has(r.entity ?? DEFAULT_ENTITY));
}

/** @internal One value to record, its provenance aside from the year and entity. */
export interface ValueSpec {
  readonly component: IndicatorComponent;
  readonly breakdown?: Readonly<Record<string, IndicatorComponent>>;
  readonly records: readonly RecordsUsed[];
  readonly formula: Message;
  readonly quality?: DataQuality;
  readonly notes?: readonly Message[];
  readonly factorPacks?: readonly { readonly id: string; readonly version: string }[];
}

/** @internal Records a value of a catalogue indicator (a code outside the catalogue does not compile). */
export function put(ctx: Ctx, code: IndicatorCode, spec: ValueSpec): void {
  const def = indicatorDefinition(code);
  if (def === undefined) throw new Error(`internal: ${code} not in the catalogue`);
  ctx.values.push({
    code,
    entity: ctx.entity,
    year: ctx.year,
    unit: def.unit,
    ...spec.component,
    ...definedProps({ breakdown: spec.breakdown }),
    provenance: {
      records: spec.records,
      formula: spec.formula,
      quality: spec.quality ?? "CALCULEE",
      notes: spec.notes ?? [],
      ...definedProps({ factorPacks: spec.factorPacks }),
    },
  });
}

/** @internal Records why indicators were not computed. */
export function skip(
  ctx: Ctx,
  codes: readonly IndicatorCode[],
  reason: NotComputedReason,
  message: Message,
  missing?: readonly string[],
): void {
  for (const code of codes) {
    ctx.notComputed.push({ code, entity: ctx.entity, year: ctx.year, reason, message, ...definedProps({ missing }) });
  }
}

/** @internal Indicators not computed because `what` is missing. */
export function noData(ctx: Ctx, codes: readonly IndicatorCode[], what: string, fr: string, en: string): void {
  skip(ctx, codes, "DONNEES_ABSENTES", { fr, en }, [what]);
}

/** @internal A ratio component: value = num / den × multiplier; `undefined` when den is zero. */
export function ratio(num: ExactValue, den: ExactValue, multiplier = 1): IndicatorComponent | undefined {
  if (den.isZero()) return undefined;
  return { value: out(num.times(multiplier).dividedBy(den), true), numerator: out(num), denominator: out(den) };
}

/** @internal A number as a formula shows it (12 significant digits). */
export function fmt(x: ExactValue | Decimal | number): string {
  return new Exact(x.toString()).toSignificantDigits(12).toString();
}

/** @internal The formula of a ratio with its numbers, the same in French and English. */
export function formula(num: ExactValue, den: ExactValue, multiplier = 1): Message {
  const t = `${fmt(num)} / ${fmt(den)}${multiplier === 1 ? "" : ` × ${multiplier}`}`;
  return { fr: t, en: t };
}

/** @internal The records of a dataset a value used, with their CSV lines when known. */
export function used(dataset: DatasetName, lines: readonly (number | undefined)[]): RecordsUsed {
  const l = lines.filter((x): x is number => x !== undefined && x > 0);
  return l.length > 0 ? { dataset, count: lines.length, lines: l } : { dataset, count: lines.length };
}

/** @internal The records with the latest date of each key, keys sorted. */
export function latestBy<T extends { readonly date: string }>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const best = new Map<string, string>();
  for (const r of rows) {
    const k = key(r);
    const d = best.get(k);
    if (d === undefined || r.date > d) best.set(k, r.date);
  }
  const latest = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (best.get(k) !== r.date) continue;
    let l = latest.get(k);
    if (l === undefined) latest.set(k, (l = []));
    l.push(r);
  }
  return new Map([...latest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
