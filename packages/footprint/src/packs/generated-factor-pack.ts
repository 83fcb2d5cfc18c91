import { Decimal } from "decimal.js";
import type { Message } from "@nrs/core";
import type { FactorCriterion, FactorPack, FactorRow, PackSource } from "./factor-pack.js";
import type { Stage } from "../impact/criteria.js";

/**
 * A row of a generated pack module, written compactly: `[id, item, criterion, stage ("" for none),
 * value, unit, source, sourceUrl, year, geography, licence, notes, label fr, label en, min, max]`; the
 * label and the range may be left out, or given as "" when a later element is present.
 */
export type GeneratedRow = readonly [
  id: string, item: string, criterion: FactorCriterion, stage: Stage | "", value: string, unit: string, source: string,
  sourceUrl: string, year: number, geography: string, licence: string, notes: string,
  labelFr?: string, labelEn?: string, min?: string, max?: string,
];

/** What a generated pack module says about itself. */
export interface GeneratedPackMeta {
  readonly id: string;
  readonly version: string;
  readonly title: Message;
  readonly description: Message;
  readonly generatedFrom: readonly PackSource[];
}

/**
 * Builds a shipped pack from its generated rows, giving exactly what `defineFactorPack` would give for
 * them (same fields, same order, frozen) but without carrying the validation code into every browser
 * bundle that computes a footprint: the generator validates the rows with `defineFactorPack`, and a test
 * checks that both paths give the same pack.
 */
export function generatedFactorPack(meta: GeneratedPackMeta, rows: readonly GeneratedRow[]): FactorPack {
  const built = rows.map(([id, item, criterion, stage, value, unit, source, sourceUrl, year, geography, licence, notes, fr, en, min, max]) => {
    const row: { -readonly [K in keyof FactorRow]?: FactorRow[K] } = {
      id, item, criterion, value: new Decimal(value), unit, source, year, geography, licence, pack: meta.id, packVersion: meta.version,
    };
    if (stage !== "") row.stage = stage;
    if (min) row.min = new Decimal(min);
    if (max) row.max = new Decimal(max);
    row.sourceUrl = sourceUrl;
    row.notes = notes;
    if (fr && en) row.label = { fr, en };
    return Object.freeze(row as FactorRow);
  });
  return Object.freeze({
    id: meta.id,
    version: meta.version,
    title: meta.title,
    generatedFrom: Object.freeze(meta.generatedFrom.map((g) => ({ ...g }))),
    rows: Object.freeze(built),
    description: meta.description,
  });
}
