import { CsvReader } from "./csv.js";
import type { CsvChunk, CsvOptions, CsvRow } from "./csv-row.js";

/**
 * What {@link readCsv} reads: a whole text or UTF-8 bytes, or chunks of either from a stream (sync or
 * async), such as a Node read stream with or without an encoding, or a `fetch` body.
 */
export type CsvInput = CsvChunk | Iterable<CsvChunk> | AsyncIterable<CsvChunk>;

/** The chunks of an input: a whole text or byte array is one chunk (a Uint8Array is not iterated byte by byte). */
function chunksOf(input: CsvInput): Iterable<CsvChunk> | AsyncIterable<CsvChunk> {
  if (typeof input === "string" || input instanceof Uint8Array) return [input];
  if (typeof input !== "object" || input === null || !(Symbol.asyncIterator in input || Symbol.iterator in input)) {
    throw new TypeError("CSV input must be a string, a Uint8Array, or an iterable of them.");
  }
  return input;
}

/**
 * Reads CSV records in batches (one batch per input chunk): the fastest way through a large file.
 *
 * @example
 * ```ts
 * import { readCsvBatches } from "@nrs/core";
 * let count = 0;
 * for await (const batch of readCsvBatches(["a;b\n1;2\n", "3;4\n"])) count += batch.length;
 * console.log(count); // 3
 * ```
 */
export async function* readCsvBatches(input: CsvInput, options: CsvOptions = {}): AsyncGenerator<CsvRow[]> {
  const reader = new CsvReader(options);
  for await (const chunk of chunksOf(input)) {
    const rows = reader.push(chunk);
    if (rows.length > 0) yield rows;
  }
  const rest = reader.end();
  if (rest.length > 0) yield rest;
}

/**
 * Reads CSV records one by one from a text or a stream of chunks, with their line and columns.
 *
 * @example
 * ```ts
 * import { readCsv } from "@nrs/core";
 * for await (const row of readCsv('nom;commentaire\n"Dupont";"dit ""bonjour""; puis part"\n')) {
 *   console.log(row.line, row.cells);
 * }
 * ```
 */
export async function* readCsv(input: CsvInput, options: CsvOptions = {}): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvBatches(input, options)) yield* batch;
}

/**
 * Hands every CSV record of a text or a stream to `onRow`, in order, without building batches: the
 * path with the least allocation for very large files.
 *
 * @example
 * ```ts
 * import { readCsvEach } from "@nrs/core";
 * let total = 0;
 * await readCsvEach(["q\n1\n", "2\n"], (row) => {
 *   if (row.line > 1) total += Number(row.cells[0]);
 * });
 * console.log(total); // 3
 * ```
 */
export async function readCsvEach(input: CsvInput, onRow: (row: CsvRow) => void, options: CsvOptions = {}): Promise<void> {
  const reader = new CsvReader(options);
  for await (const chunk of chunksOf(input)) reader.pushEach(chunk, onRow);
  reader.endEach(onRow);
}

/**
 * Reads a whole CSV text at once, synchronously.
 *
 * @example
 * ```ts
 * import { parseCsvText } from "@nrs/core";
 * const rows = parseCsvText("a,b\n1,2\n");
 * console.log(rows[1]?.cells); // ["1", "2"]
 * ```
 */
export function parseCsvText(text: CsvChunk, options: CsvOptions = {}): CsvRow[] {
  const reader = new CsvReader(options);
  return [...reader.push(text), ...reader.end()];
}
