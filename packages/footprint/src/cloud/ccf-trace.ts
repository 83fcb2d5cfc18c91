import type { Decimal } from "decimal.js";
import type { Message } from "@nrs/core";
import type { TracedFactor, TracedValue } from "../trace.js";

const PACK = "cloud-carbon-footprint";
const PACK_VERSION = "b7a049c7d25c0022919ab9010199dd9e77aa4577";
const YEAR = 2024;

/** A CCF coefficient as a traced factor (pack, commit, licence). */
export function ccfFactor(id: string, item: string, criterion: string, value: string, unit: string, source: string): TracedFactor {
  return {
    id,
    pack: PACK,
    packVersion: PACK_VERSION,
    item,
    criterion,
    value,
    unit,
    year: YEAR,
    source: "Cloud Carbon Footprint (Thoughtworks)",
    sourceUrl: source,
    licence: "Apache-2.0",
  };
}

/** What a cloud computation records as it goes: the factors it used, the values it read or assumed, notes. */
export class CloudTrace {
  readonly factors: TracedFactor[] = [];
  readonly values: TracedValue[] = [];
  readonly notes: Message[] = [];

  /** Records a value the user gave. */
  input(name: string, v: Decimal, unit?: string): void {
    this.values.push({ name, value: v.toFixed(), origin: "input", ...(unit ? { unit } : {}) });
  }
}
