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

/**
 * Guesses the separator of a CSV header line: the most frequent of `;`, `,` and tab outside quotes
 * (`,` when there is none).
 *
 * @example
 * ```ts
 * import { detectDelimiter } from "@nrs/core";
 * console.log(detectDelimiter("type;quantite;date_acquisition")); // ";"
 * ```
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let semi = 0;
  let comma = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 59) semi++;
      else if (c === 44) comma++;
      else if (c === 9) tab++;
    }
  }
  if (semi >= comma && semi >= tab && semi > 0) return ";";
  if (tab > comma) return "\t";
  return ",";
}

/**
 * A push-based CSV tokenizer: feed it chunks of text, get back the complete records. It keeps only the
 * unfinished tail of the input in memory, so a file of any size can be read in constant memory. Lines
 * without quotes take a fast path (one `split`); quoted cells may contain separators, doubled quotes
 * and line breaks. Blank lines are skipped but counted. A UTF-8 BOM at the start is dropped.
 *
 * @example
 * ```ts
 * import { CsvReader } from "@nrs/core";
 * const reader = new CsvReader();
 * const rows = [...reader.push("type;quantite\nportable;"), ...reader.push("12\n"), ...reader.end()];
 * console.log(rows.map((r) => r.cells)); // [["type","quantite"],["portable","12"]]
 * ```
 */
export class CsvReader {
  private buf = "";
  private line = 1;
  private started = false;
  private delimiter: CsvDelimiter | undefined;
  private delimiterCode = 0;

  constructor(options: CsvOptions = {}) {
    if (options.delimiter) this.setDelimiter(options.delimiter);
  }

  /** The separator in use, once known. */
  get separator(): CsvDelimiter | undefined {
    return this.delimiter;
  }

  private setDelimiter(d: CsvDelimiter): void {
    this.delimiter = d;
    this.delimiterCode = d.charCodeAt(0);
  }

  /** Feeds a chunk; returns the records it completed. */
  push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = [];
    this.pushEach(chunk, (r) => rows.push(r));
    return rows;
  }

  /** Signals the end of input; returns the last records (an unterminated last line included). */
  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    this.endEach((r) => rows.push(r));
    return rows;
  }

  /**
   * Feeds a chunk and hands each completed record to `onRow` without collecting them: the fastest path
   * through a large file, since no per-chunk array of records is kept alive.
   */
  pushEach(chunk: string, onRow: (row: CsvRow) => void): void {
    if (!this.started) {
      if (chunk.length === 0) return;
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buf = this.buf.length > 0 ? this.buf + chunk : chunk;
    this.drain(false, onRow);
  }

  /** Signals the end of input and hands the last records to `onRow`. */
  endEach(onRow: (row: CsvRow) => void): void {
    this.drain(true, onRow);
    this.buf = "";
  }

  private drain(final: boolean, onRow: (row: CsvRow) => void): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      if (this.delimiter === undefined) {
        const nl = buf.indexOf("\n", pos);
        if (nl < 0 && !final) break;
        this.setDelimiter(detectDelimiter(buf.slice(pos, nl < 0 ? n : nl)));
      }
      let quote = buf.indexOf('"', pos);
      if (quote < 0) quote = n;
      pos = this.plainLines(buf, pos, quote, final, onRow);
      // What is left is either an unfinished line without quotes, or the line holding the next quote.
      if (pos >= n || quote >= n) break;
      const r = this.quoted(buf, pos, final);
      if (r === undefined) break;
      onRow(r.row);
      this.line += 1 + r.breaks;
      pos = r.next;
    }
    this.buf = pos >= n ? "" : buf.slice(pos);
  }

  /**
   * The hot loop: reads whole lines from `pos` as long as they end before `quote` (the next quote
   * character). Returns where it stopped: the start of the line holding the quote, or of an unfinished
   * last line. Kept apart from the quoted path so that the engine optimises it on its own.
   */
  private plainLines(buf: string, pos: number, quote: number, final: boolean, onRow: (row: CsvRow) => void): number {
    const n = buf.length;
    const delimiter = this.delimiter as string;
    for (;;) {
      let nl = buf.indexOf("\n", pos);
      if (nl < 0) {
        if (!final || pos >= n) return pos;
        nl = n;
      }
      if (nl > quote) return pos;
      const end = nl > pos && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end > pos && !isBlank(buf, pos, end)) {
        onRow(new PlainRow(this.line, buf.slice(pos, end).split(delimiter)));
      }
      this.line++;
      pos = nl + 1;
      if (pos >= n) return pos;
    }
  }

  private quoted(
    buf: string,
    start: number,
    final: boolean,
  ): { row: CsvRow; next: number; breaks: number } | undefined {
    const n = buf.length;
    const d = this.delimiterCode;
    const cells: string[] = [];
    const columns: number[] = [];
    let problem: Problem | undefined;
    let breaks = 0;
    let i = start;
    let lineStart = start;
    for (;;) {
      columns.push(i - lineStart + 1);
      if (buf.charCodeAt(i) === 34) {
        const openLine = this.line + breaks;
        const openColumn = i - lineStart + 1;
        let value = "";
        i++;
        for (;;) {
          const j = buf.indexOf('"', i);
          if (j < 0) {
            if (!final) return undefined;
            value += buf.slice(i);
            breaks += countBreaks(buf, i, n);
            i = n;
            problem ??= csvProblem("NRS_CSV_UNCLOSED_QUOTE", openLine, openColumn,
              "Guillemet ouvert jamais refermé.", "Quote opened and never closed.");
            break;
          }
          const piece = buf.slice(i, j);
          const b = countBreaks(buf, i, j);
          if (b > 0) {
            breaks += b;
            lineStart = buf.lastIndexOf("\n", j) + 1;
          }
          value += piece;
          if (buf.charCodeAt(j + 1) === 34) {
            value += '"';
            i = j + 2;
            continue;
          }
          if (j + 1 >= n && !final) return undefined;
          i = j + 1;
          break;
        }
        // Anything between the closing quote and the next separator is kept, but flagged.
        let k = i;
        while (k < n) {
          const c = buf.charCodeAt(k);
          if (c === d || c === 10 || (c === 13 && buf.charCodeAt(k + 1) === 10)) break;
          k++;
        }
        if (k > i) {
          if (k >= n && !final) return undefined;
          problem ??= csvProblem("NRS_CSV_TEXT_AFTER_QUOTE", this.line + breaks, i - lineStart + 1,
            "Texte après un guillemet fermant.", "Text after a closing quote.");
          value += buf.slice(i, k);
          i = k;
        }
        cells.push(value);
      } else {
        let k = i;
        while (k < n) {
          const c = buf.charCodeAt(k);
          if (c === d || c === 10) break;
          k++;
        }
        if (k >= n && !final) return undefined;
        const end = k > i && buf.charCodeAt(k - 1) === 13 && (k >= n || buf.charCodeAt(k) === 10) ? k - 1 : k;
        cells.push(buf.slice(i, end));
        i = k;
      }
      if (i >= n) return { row: withProblem(this.line, cells, columns, problem), next: n, breaks };
      const c = buf.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n && !final) return undefined;
        if (i >= n) {
          columns.push(i - lineStart + 1);
          cells.push("");
          return { row: withProblem(this.line, cells, columns, problem), next: n, breaks };
        }
        continue;
      }
      if (c === 13) i++;
      return { row: withProblem(this.line, cells, columns, problem), next: i + 1, breaks };
    }
  }
}

/** A record read on the fast path: its columns follow from the cell lengths, computed on demand. */
class PlainRow implements CsvRow {
  private cols: number[] | undefined;
  constructor(
    readonly line: number,
    readonly cells: string[],
  ) {}

  get columns(): number[] {
    if (this.cols === undefined) {
      const cols = new Array<number>(this.cells.length);
      let col = 1;
      for (let i = 0; i < this.cells.length; i++) {
        cols[i] = col;
        col += (this.cells[i] as string).length + 1;
      }
      this.cols = cols;
    }
    return this.cols;
  }
}

function withProblem(line: number, cells: string[], columns: number[], problem: Problem | undefined): CsvRow {
  return problem ? { line, cells, columns, problem } : { line, cells, columns };
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function countBreaks(s: string, from: number, to: number): number {
  let count = 0;
  let i = s.indexOf("\n", from);
  while (i >= 0 && i < to) {
    count++;
    i = s.indexOf("\n", i + 1);
  }
  return count;
}

function csvProblem(code: string, line: number, column: number, fr: string, en: string): Problem {
  return { code, severity: "error", path: [], line, column, message: { fr, en } };
}

/** What {@link readCsv} reads: a whole text, or chunks from a stream (sync or async). */
export type CsvInput = string | Iterable<string> | AsyncIterable<string>;

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
  if (typeof input === "string") {
    const rows = [...reader.push(input), ...reader.end()];
    if (rows.length > 0) yield rows;
    return;
  }
  for await (const chunk of input as AsyncIterable<string>) {
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
  if (typeof input === "string") {
    reader.pushEach(input, onRow);
  } else {
    for await (const chunk of input as AsyncIterable<string>) reader.pushEach(chunk, onRow);
  }
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
export function parseCsvText(text: string, options: CsvOptions = {}): CsvRow[] {
  const reader = new CsvReader(options);
  return [...reader.push(text), ...reader.end()];
}
