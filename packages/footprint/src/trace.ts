import type { Message } from "@nrs/core";

/**
 * Where a value used in a computation came from:
 * - `input`: given by the caller;
 * - `default`: not given, taken from the factor pack (e.g. the ADEME lifetime of a laptop) or from a
 *   documented convention of the calculator (e.g. origin `neuf`);
 * - `archetype`: not given, taken from a typical configuration of the item (e.g. ADEME's average
 *   laptop power and hours of use per day).
 *
 * @example
 * ```ts
 * import type { ValueOrigin } from "@nrs/footprint";
 * const o: ValueOrigin = "default";
 * console.log(o);
 * ```
 */
export type ValueOrigin = "input" | "default" | "archetype";

/**
 * A factor a result used: enough to find it again and cite it (pack, version, row id, source, licence).
 *
 * @example
 * ```ts
 * import type { TracedFactor } from "@nrs/footprint";
 * const f: TracedFactor = {
 *   id: "elec-fr-2025", pack: "fr-ademe", packVersion: "2025.1", item: "electricite_FR", criterion: "gwp",
 *   value: "0.0461", unit: "kgCO2e/kWh", year: 2025, source: "ADEME Base Empreinte", licence: "ADEME",
 * };
 * console.log(f.id);
 * ```
 */
export interface TracedFactor {
  readonly id: string;
  readonly pack: string;
  readonly packVersion: string;
  readonly item: string;
  readonly criterion: string;
  readonly stage?: string;
  /** The value as written in the pack (a decimal string, exact). */
  readonly value: string;
  readonly min?: string;
  readonly max?: string;
  readonly unit: string;
  readonly year: number;
  readonly source: string;
  readonly sourceUrl?: string;
  readonly licence: string;
}

/**
 * A value a computation used (an input, or a default filled in), with why it was chosen.
 *
 * @example
 * ```ts
 * import type { TracedValue } from "@nrs/footprint";
 * const v: TracedValue = {
 *   name: "lifetimeYears", value: "5", unit: "year", origin: "default", factorId: "dev-laptop-lifespan",
 *   reason: { fr: "Durée de vie ADEME du type.", en: "ADEME lifetime of the type." },
 * };
 * console.log(v.origin);
 * ```
 */
export interface TracedValue {
  /** What the value is, as a path in the calculator's input (e.g. `lifetimeYears`, `use.hoursPerDay`). */
  readonly name: string;
  /** The value as text (decimals written exactly, dates as ISO `YYYY-MM-DD`). */
  readonly value: string;
  readonly unit?: string;
  readonly origin: ValueOrigin;
  /** Why this value, for defaults and archetypes. */
  readonly reason?: Message;
  /** The pack row it came from, when it came from one. */
  readonly factorId?: string;
  /** What the value belongs to, when a trace covers several items (e.g. `ordinateur_portable`). */
  readonly subject?: string;
}

/**
 * How a result was computed: every factor used, every input and every default filled in, and notes
 * (e.g. an allocation rule that applied). Attach it to a report so a figure can be reproduced.
 *
 * @example
 * ```ts
 * import { emptyTrace } from "@nrs/footprint";
 * const t = emptyTrace();
 * console.log(t.factors.length, t.values.length, t.notes.length); // 0 0 0
 * ```
 */
export interface Trace {
  readonly factors: readonly TracedFactor[];
  readonly values: readonly TracedValue[];
  readonly notes: readonly Message[];
}

/**
 * A trace with nothing in it.
 *
 * @example
 * ```ts
 * import { emptyTrace } from "@nrs/footprint";
 * console.log(emptyTrace().factors); // []
 * ```
 */
export function emptyTrace(): Trace {
  return { factors: [], values: [], notes: [] };
}

/**
 * Merges traces: factors are kept once per (pack, version, id); values once per (subject, name, value,
 * origin); notes once per French text. Order of first appearance is kept.
 *
 * @example
 * ```ts
 * import { emptyTrace, mergeTraces, type Trace } from "@nrs/footprint";
 * const note = { fr: "Allocation linéaire.", en: "Straight-line allocation." };
 * const a: Trace = { ...emptyTrace(), notes: [note] };
 * console.log(mergeTraces(a, a).notes.length); // 1
 * ```
 */
export function mergeTraces(...traces: readonly Trace[]): Trace {
  const factors = new Map<string, TracedFactor>();
  const values = new Map<string, TracedValue>();
  const notes = new Map<string, Message>();
  for (const t of traces) {
    for (const f of t.factors) {
      const k = `${f.pack}\u0000${f.packVersion}\u0000${f.id}`;
      if (!factors.has(k)) factors.set(k, f);
    }
    for (const v of t.values) {
      const k = `${v.subject ?? ""}\u0000${v.name}\u0000${v.value}\u0000${v.origin}`;
      if (!values.has(k)) values.set(k, v);
    }
    for (const n of t.notes) if (!notes.has(n.fr)) notes.set(n.fr, n);
  }
  return { factors: [...factors.values()], values: [...values.values()], notes: [...notes.values()] };
}
