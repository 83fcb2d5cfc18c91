import type { Problem } from "./problem.js";

/** A CSV field separator the SDK reads. French spreadsheets write `;`, others `,`. */
export type CsvDelimiter = ";" | "," | "\t";

/**
 * One record of a CSV file: its 1-based starting line, its cells (unquoted, not trimmed) and the
 * 1-based column where each cell starts. `problem` is set when the record is malformed (an unclosed
 * quote, text after a closing quote); its cells are then what could be read.
 */
export interface CsvRow {
  readonly line: number;
  readonly cells: string[];
  readonly columns: number[];
  readonly problem?: Problem;
}

/** Options of {@link readCsv} and {@link CsvReader}. */
export interface CsvOptions {
  /** The separator; detected from the first non-empty line when not given. */
  readonly delimiter?: CsvDelimiter;
}

/** A chunk of CSV input: text, or UTF-8 bytes (a Node `Buffer`, a `fetch` body chunk). */
export type CsvChunk = string | Uint8Array;
