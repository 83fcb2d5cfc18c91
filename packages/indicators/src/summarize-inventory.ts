import type { Decimal } from "decimal.js";
import { definedProps, Exact, NrsError, out, problem, type ExactValue } from "@nrs/core";
import { DEFAULT_ENTITY } from "./default-entity.js";
import { MAX_LISTED_LINES, type InventoryDevices, type InventoryEntityDevices, type InventorySummary } from "./inventory-summary.js";

/**
 * One inventory line as {@link InventorySummaryBuilder} reads it: `@nrs/indicators`' `InventoryLine`,
 * `@nrs/footprint`'s `InventoryItem` and the `InventoryLineView` its readers hand out all fit.
 *
 * @example
 * ```ts
 * import type { InventoryLineInput } from "@nrs/indicators";
 * const l: InventoryLineInput = { type: "ecran", quantity: 2, entity: "", site: "", line: 7 };
 * console.log(l.quantity);
 * ```
 */
export interface InventoryLineInput {
  readonly type: string;
  readonly quantity: number;
  readonly acquisitionDate?: string | undefined;
  readonly retirementDate?: string | undefined;
  /** `undefined` or `""`: `DEFAULT_ENTITY`. */
  readonly entity?: string | undefined;
  /** `undefined` or `""`: no site. */
  readonly site?: string | undefined;
  /** CSV line; 0 or absent when unknown (counted, not listed). */
  readonly line?: number | undefined;
}

/** An exact sum of quantities: whole numbers as a double while exact, then a bigint; anything else as a Decimal. */
class Count {
  lines = 0;
  private n = 0;
  private big = 0n;
  private other: ExactValue | undefined;
  add(q: number): void {
    this.lines++;
    if (!Number.isSafeInteger(q)) {
      this.other = (this.other ?? new Exact(0)).plus(q);
      return;
    }
    const v = this.n + q;
    if (Number.isSafeInteger(v)) this.n = v;
    else {
      this.big += BigInt(this.n) + BigInt(q);
      this.n = 0;
    }
  }
  value(): ExactValue {
    const whole = new Exact((this.big + BigInt(this.n)).toString());
    return this.other === undefined ? whole : whole.plus(this.other);
  }
}

/** Devices by type: the cells of one entity and site. */
type Cells = Map<string, Count>;

/**
 * Aggregates inventory lines, one at a time, into the {@link InventorySummary} the inventory indicators
 * read: counts by entity, site and type of the lines in service on 31 December of `year`, and their line
 * numbers while there are at most `MAX_LISTED_LINES`. Nothing of a line is kept once `add` returns, so a
 * reader can feed it a file of any length (the CLI feeds it from `computeInventoryFootprint`'s `onLine`).
 * Throws an `NrsError` (`NRS_INVALID_OPTION`) for a year that is not a whole number from 1900 to 9999.
 *
 * @example
 * ```ts
 * import { InventorySummaryBuilder } from "@nrs/indicators";
 * const b = new InventorySummaryBuilder(2024);
 * b.add({ type: "ecran", quantity: 3, entity: "26901", line: 2 });
 * b.add({ type: "ecran", quantity: 1, acquisitionDate: "2025-01-10", line: 3 }); // not yet in service
 * const s = b.result();
 * console.log(s.all.quantity.toString(), [...s.entities.keys()], s.linesRead); // 3 ["26901"] 2
 * ```
 */
export class InventorySummaryBuilder {
  readonly year: number;
  private readonly end: string;
  private readonly cells = new Map<string, Map<string, Cells>>();
  private readonly numbers = new Map<string, number[]>();
  private listed = 0;
  private listing = true;
  private read = 0;

  constructor(year: number) {
    if (!Number.isInteger(year) || year < 1900 || year > 9999) {
      throw new NrsError([problem("NRS_INVALID_OPTION", ["year"], `Année invalide : ${String(year)}.`, `Invalid year: ${String(year)}.`)]);
    }
    this.year = year;
    this.end = `${year}-12-31`;
  }

  /** Counts one line (nothing of it is kept). */
  add(l: InventoryLineInput): void {
    this.read++;
    const end = this.end;
    if (l.acquisitionDate !== undefined && l.acquisitionDate > end) return;
    if (l.retirementDate !== undefined && l.retirementDate <= end) return;
    const entity = l.entity === undefined || l.entity === "" ? DEFAULT_ENTITY : l.entity;
    const site = l.site ?? "";
    let sites = this.cells.get(entity);
    if (sites === undefined) this.cells.set(entity, (sites = new Map()));
    let types = sites.get(site);
    if (types === undefined) sites.set(site, (types = new Map()));
    let c = types.get(l.type);
    if (c === undefined) types.set(l.type, (c = new Count()));
    c.add(l.quantity);
    if (this.listing && l.line !== undefined && l.line > 0) {
      if (++this.listed > MAX_LISTED_LINES) {
        this.listing = false;
        this.numbers.clear();
        return;
      }
      let n = this.numbers.get(entity);
      if (n === undefined) this.numbers.set(entity, (n = []));
      n.push(l.line);
    }
  }

  /** The summary of the lines added so far. */
  result(): InventorySummary {
    const entities = new Map<string, InventoryEntityDevices>();
    const everyone: InventoryDevices[] = [];
    for (const [entity, sites] of this.cells) {
      const bySite = new Map<string, InventoryDevices>();
      for (const [site, types] of sites) bySite.set(site, devices(types));
      const all = addUp([...bySite.values()]);
      everyone.push(all);
      const numbers = this.listing ? [...(this.numbers.get(entity) ?? [])].sort((a, b) => a - b) : undefined;
      entities.set(entity, { ...all, bySite, ...definedProps({ lineNumbers: numbers }) });
    }
    const lineNumbers = this.listing ? [...this.numbers.values()].flat().sort((a, b) => a - b) : undefined;
    return {
      kind: "inventory-summary",
      year: this.year,
      linesRead: this.read,
      all: addUp(everyone),
      entities,
      ...definedProps({ lineNumbers }),
    };
  }
}

function devices(types: Cells): InventoryDevices {
  const byType = new Map<string, Decimal>();
  let lines = 0;
  let quantity = new Exact(0);
  for (const [type, c] of types) {
    const q = c.value();
    byType.set(type, out(q));
    lines += c.lines;
    quantity = quantity.plus(q);
  }
  return { lines, quantity: out(quantity), byType };
}

function addUp(parts: readonly InventoryDevices[]): InventoryDevices {
  const byType = new Map<string, ExactValue>();
  let lines = 0;
  let quantity = new Exact(0);
  for (const p of parts) {
    lines += p.lines;
    quantity = quantity.plus(p.quantity);
    for (const [type, q] of p.byType) byType.set(type, (byType.get(type) ?? new Exact(0)).plus(q));
  }
  return { lines, quantity: out(quantity), byType: new Map([...byType].map(([t, q]) => [t, out(q)])) };
}

/**
 * Summarises a list of inventory lines for `year` in one pass (see {@link InventorySummaryBuilder}).
 *
 * @example
 * ```ts
 * import { summarizeInventory } from "@nrs/indicators";
 * const s = summarizeInventory([{ type: "ecran", quantity: 4, entity: "26902" }, { type: "tablette", quantity: 1 }], 2024);
 * console.log(s.entities.get("epci")?.quantity.toString(), s.all.lines); // 1 2
 * ```
 */
export function summarizeInventory(lines: Iterable<InventoryLineInput>, year: number): InventorySummary {
  const b = new InventorySummaryBuilder(year);
  for (const l of lines) b.add(l);
  return b.result();
}
