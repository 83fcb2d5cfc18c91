import type { Decimal } from "decimal.js";
import { ex, Exact, out, type ExactValue } from "@nrs/core";
import type { ImpactTable } from "@nrs/footprint";
import { allocate, type AllocationBasis } from "@nrs/indicators";

interface Acc {
  value: ExactValue;
  min: ExactValue;
  max: ExactValue;
  readonly unit: string;
}

/** An impact table being summed exactly: criterion → stage → cell. */
export type TableAcc = Map<string, Map<string, Acc>>;

/** A summed table as `@nrs/report` and `@nrs/indicators` read it (criterion → stage → value, min, max, unit). */
export type EntityImpactTable = Readonly<
  Record<string, Readonly<Record<string, { readonly value: Decimal; readonly min: Decimal; readonly max: Decimal; readonly unit: string }>>>
>;

type CellLike = { readonly value: Decimal; readonly min?: Decimal; readonly max?: Decimal; readonly unit: string };

function addCell(into: TableAcc, criterion: string, stage: string, cell: CellLike): void {
  const row = into.get(criterion) ?? new Map<string, Acc>();
  into.set(criterion, row);
  const acc = row.get(stage) ?? { value: new Exact(0), min: new Exact(0), max: new Exact(0), unit: cell.unit };
  acc.value = acc.value.plus(ex(cell.value));
  acc.min = acc.min.plus(ex(cell.min ?? cell.value));
  acc.max = acc.max.plus(ex(cell.max ?? cell.value));
  row.set(stage, acc);
}

/** Adds every cell of `table` into `into`. */
export function addTable(into: TableAcc, table: ImpactTable | EntityImpactTable | undefined): void {
  for (const [criterion, row] of Object.entries(table ?? {}))
    for (const [stage, cell] of Object.entries((row ?? {}) as Record<string, CellLike | undefined>))
      if (cell) addCell(into, criterion, stage, cell);
}

/**
 * Splits every cell of a table between entities with `allocate` (value, min and max each split by the
 * same key, so each entity's parts add up to the cell exactly): entity → its share of the table.
 */
export function splitTable(table: TableAcc, basis: AllocationBasis, keys: Readonly<Record<string, string>>): Map<string, TableAcc> {
  const shares = new Map<string, TableAcc>(Object.keys(keys).map((e) => [e, new Map()]));
  for (const [criterion, row] of table) {
    for (const [stage, acc] of row) {
      const value = allocate(out(acc.value), basis, keys);
      const min = allocate(out(acc.min), basis, keys);
      const max = allocate(out(acc.max), basis, keys);
      for (const e of Object.keys(keys))
        addCell(shares.get(e)!, criterion, stage, { value: value[e]!, min: min[e]!, max: max[e]!, unit: acc.unit });
    }
  }
  return shares;
}

/** The summed table, every number an exact Decimal. */
export function tableOf(acc: TableAcc): EntityImpactTable {
  return Object.fromEntries(
    [...acc].map(([criterion, row]) => [
      criterion,
      Object.fromEntries([...row].map(([stage, a]) => [stage, { value: out(a.value), min: out(a.min), max: out(a.max), unit: a.unit }])),
    ]),
  );
}

/** Σ of the climate-change cells of a table (kgCO2e). */
export function gwpTotal(acc: TableAcc | undefined): Decimal {
  let t: ExactValue = new Exact(0);
  for (const a of acc?.get("gwp")?.values() ?? []) t = t.plus(a.value);
  return out(t);
}
