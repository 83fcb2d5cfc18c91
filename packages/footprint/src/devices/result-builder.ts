import type { Decimal } from "decimal.js";
import { ex, Exact, out, type ExactValue, type Message } from "@nrs/core";
import { traceFactor } from "../packs/factor-query.js";
import type { FactorRow } from "../packs/factor-pack.js";
import { CRITERION_UNITS, type Criterion, type Stage } from "../impact/criteria.js";
import type { ImpactCell, ImpactTable } from "../impact.js";
import type { Trace, TracedFactor, TracedValue, ValueOrigin } from "../trace.js";

/** Accumulates cells of one result and its trace. @internal */
export class ResultBuilder {
  private readonly cells = new Map<string, { c: Criterion; s: Stage; v: ExactValue; lo: ExactValue; hi: ExactValue }>();
  readonly factors: TracedFactor[] = [];
  readonly values: TracedValue[] = [];
  readonly notes: Message[] = [];
  private readonly factorIds = new Set<string>();

  constructor(private readonly subject: string) {}

  /** Adds `k ×` a factor row (value, min, max) to a cell, in the criterion's unit. */
  addFactor(criterion: Criterion, stage: Stage, row: FactorRow, k: ExactValue, scale: ExactValue = new Exact(1)): void {
    this.useFactor(row);
    const m = k.times(scale);
    this.add(criterion, stage, ex(row.value).times(m), ex(row.min ?? row.value).times(m), ex(row.max ?? row.value).times(m));
  }

  add(criterion: Criterion, stage: Stage, v: ExactValue, lo: ExactValue, hi: ExactValue): void {
    const key = `${criterion}/${stage}`;
    const prev = this.cells.get(key);
    if (prev === undefined) this.cells.set(key, { c: criterion, s: stage, v, lo, hi });
    else this.cells.set(key, { c: criterion, s: stage, v: prev.v.plus(v), lo: prev.lo.plus(lo), hi: prev.hi.plus(hi) });
  }

  useFactor(row: FactorRow): void {
    const k = `${row.pack}\u0000${row.packVersion}\u0000${row.id}`;
    if (this.factorIds.has(k)) return;
    this.factorIds.add(k);
    this.factors.push(traceFactor(row));
  }

  value(name: string, value: string, origin: ValueOrigin, extra: { unit?: string; reason?: Message; factorId?: string } = {}): void {
    const v: { -readonly [K in keyof TracedValue]?: TracedValue[K] } = { name, value, origin, subject: this.subject };
    if (extra.unit !== undefined) v.unit = extra.unit;
    if (extra.reason !== undefined) v.reason = extra.reason;
    if (extra.factorId !== undefined) v.factorId = extra.factorId;
    this.values.push(v as TracedValue);
  }

  note(fr: string, en: string): void {
    this.notes.push({ fr, en });
  }

  impacts(): ImpactTable {
    const t: { [C in Criterion]?: { [S in Stage]?: ImpactCell } } = {};
    for (const { c, s, v, lo, hi } of this.cells.values()) {
      const row = (t[c] ??= {});
      row[s] = { value: round(v), min: round(lo), max: round(hi), unit: CRITERION_UNITS[c] };
    }
    return t as ImpactTable;
  }

  trace(): Trace {
    return { factors: this.factors, values: this.values, notes: this.notes };
  }
}

/**
 * Results that went through a true division (a share of a year, of a lifetime) are given to 34
 * significant digits (the precision of IEEE decimal128), rounded half-even; sums, products and
 * conversions before that point are exact. Rounding is monotone, so min ≤ value ≤ max still holds.
 */
export function round(x: ExactValue): Decimal {
  return out(x.toSignificantDigits(34, Exact.ROUND_HALF_EVEN));
}
