import { Decimal } from "decimal.js";
import type { Message } from "@nrs/core";
import type { FactorCriterion, FactorPack, FactorRow, PackSource } from "./factor-pack.js";
import type { Stage } from "../impact/criteria.js";

/**
 * A row of a generated pack module, written compactly: `[id, item, criterion, stage ("" for none),
 * value, unit, source, sourceUrl, year, geography, licence, min, max]`; the range may be left out. Its
 * notes and label are in a {@link GeneratedNotes} of their own, so that a calculator's bundle does not
 * carry them.
 */
export type GeneratedRow = readonly [...GeneratedRowFields, min?: string, max?: string];

/** The fields every generated row starts with (the generator's own rows add their notes and label after them). */
export type GeneratedRowFields = readonly [
  id: string,
  item: string,
  criterion: FactorCriterion,
  stage: Stage | "",
  value: string,
  unit: string,
  source: string,
  sourceUrl: string,
  year: number,
  geography: string,
  licence: string,
];

/** The notes of a generated row and its label (`[notes, label fr, label en]`; the label may be left out). */
export type GeneratedNotes = readonly [notes: string, labelFr?: string, labelEn?: string];

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
 * checks that both paths give the same pack. `notes[i]` gives row `i` its notes and label; without
 * `notes` the rows have neither (the calculators' copy of a pack: they read and trace the figures,
 * units, sources and licences, never the notes).
 */
export function generatedFactorPack(meta: GeneratedPackMeta, rows: readonly GeneratedRow[], notes?: readonly GeneratedNotes[]): FactorPack {
  const built = rows.map(([id, item, criterion, stage, value, unit, source, sourceUrl, year, geography, licence, min, max], i) => {
    const row: { -readonly [K in keyof FactorRow]?: FactorRow[K] } = {
      id,
      item,
      criterion,
      value: new Decimal(value),
      unit,
      source,
      year,
      geography,
      licence,
      pack: meta.id,
      packVersion: meta.version,
    };
    if (stage !== "") row.stage = stage;
    if (min) row.min = new Decimal(min);
    if (max) row.max = new Decimal(max);
    row.sourceUrl = sourceUrl;
    const n = notes?.[i];
    if (n !== undefined) {
      row.notes = n[0];
      if (n[1] && n[2]) row.label = { fr: n[1], en: n[2] };
    }
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

/**
 * The full pack from its figures: each row of `pack` with `notes[i]` added (notes, then the label),
 * the figures' objects kept. The result is what {@link generatedFactorPack} gives with the notes.
 */
export function withGeneratedNotes(pack: FactorPack, notes: readonly GeneratedNotes[]): FactorPack {
  const rows = pack.rows.map((r, i) => {
    const [text, fr, en] = notes[i] ?? [""];
    return Object.freeze(fr && en ? { ...r, notes: text, label: { fr, en } } : { ...r, notes: text });
  });
  return Object.freeze({ ...pack, rows: Object.freeze(rows) });
}
