import type { Problem } from "./problem.js";
import { detectDelimiter } from "./csv-delimiter.js";
import { PlainRow, withProblem } from "./csv-plain-row.js";
import type { CsvChunk, CsvDelimiter, CsvOptions, CsvRow } from "./csv-row.js";
import { utf8Decoder, type Utf8Decoder } from "./utf8-decoder.js";

/**
 * A push-based CSV tokenizer: feed it chunks of text or UTF-8 bytes, get back the complete records. It
 * keeps only the unfinished tail of the input in memory, so a file of any size can be read in constant
 * memory. Lines without quotes take a fast path (one `split`); quoted cells may contain separators,
 * doubled quotes and line breaks. Blank lines are skipped but counted. A UTF-8 BOM at the start is
 * dropped.
 *
 * Reading is linear in the input whatever its quoting: a record still unfinished at the end of a chunk
 * is tried again only once the buffered text has doubled, so a 50 MB quoted cell arriving in 64 KB
 * chunks is scanned a few times, not once per chunk ({@link CsvReader.scanned} counts the work).
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
  private decoder: Utf8Decoder | undefined;
  /** Buffer length below which a new chunk cannot be worth a new attempt (see the class comment). */
  private retryAt = 0;
  private work = 0;

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

  /**
   * Characters examined so far: grows linearly with the input whatever its quoting (the tests and the
   * bench of `bench/` check it), so it measures the reader's work without a clock.
   */
  get scanned(): number {
    return this.work;
  }

  /** Feeds a chunk; returns the records it completed. */
  push(chunk: CsvChunk): CsvRow[] {
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
  pushEach(chunk: CsvChunk, onRow: (row: CsvRow) => void): void {
    this.append(typeof chunk === "string" ? chunk : this.decode(chunk, false));
    if (this.buf.length === 0 || this.buf.length < this.retryAt) return;
    this.drain(false, onRow);
    this.retryAt = this.buf.length * 2;
  }

  /** Signals the end of input and hands the last records to `onRow`. */
  endEach(onRow: (row: CsvRow) => void): void {
    if (this.decoder) this.append(this.decode(new Uint8Array(0), true));
    this.drain(true, onRow);
    this.buf = "";
    this.retryAt = 0;
  }

  private append(text: string): void {
    if (!this.started) {
      if (text.length === 0) return;
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buf = this.buf.length > 0 ? this.buf + text : text;
  }

  /** Bytes to text, a character split across two chunks included; bad bytes become U+FFFD. */
  private decode(bytes: Uint8Array, final: boolean): string {
    if (typeof bytes !== "object" || bytes === null || !(bytes instanceof Uint8Array)) {
      throw new TypeError("CSV chunks must be strings or Uint8Array (UTF-8 bytes).");
    }
    this.decoder ??= utf8Decoder();
    return this.decoder.decode(bytes, { stream: !final });
  }

  private drain(final: boolean, onRow: (row: CsvRow) => void): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = 0;
    this.work += n;
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

  /** Line breaks in `s` between `from` and `to`, looking no further than `to`. */
  private countBreaks(s: string, from: number, to: number): number {
    this.work += to - from;
    let count = 0;
    for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) count++;
    return count;
  }

  private quoted(buf: string, start: number, final: boolean): { row: CsvRow; next: number; breaks: number } | undefined {
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
        i++;
        // The closing quote is the first one not doubled; the cell is then cut and unescaped once.
        let close = -1;
        for (let j = buf.indexOf('"', i); j >= 0; j = buf.indexOf('"', j + 2)) {
          if (buf.charCodeAt(j + 1) === 34) continue;
          if (j + 1 >= n && !final) return undefined;
          close = j;
          break;
        }
        if (close < 0 && !final) return undefined;
        const end = close < 0 ? n : close;
        const raw = buf.slice(i, end);
        let value = raw.includes('""') ? raw.replaceAll('""', '"') : raw;
        const b = this.countBreaks(buf, i, end);
        if (b > 0) {
          breaks += b;
          lineStart = buf.lastIndexOf("\n", end - 1) + 1;
        }
        if (close < 0) {
          i = n;
          problem ??= csvProblem(
            "NRS_CSV_UNCLOSED_QUOTE",
            openLine,
            openColumn,
            "Guillemet ouvert jamais refermé.",
            "Quote opened and never closed.",
          );
        } else {
          i = close + 1;
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
          problem ??= csvProblem(
            "NRS_CSV_TEXT_AFTER_QUOTE",
            this.line + breaks,
            i - lineStart + 1,
            "Texte après un guillemet fermant.",
            "Text after a closing quote.",
          );
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

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function csvProblem(code: string, line: number, column: number, fr: string, en: string): Problem {
  return { code, severity: "error", path: [], line, column, message: { fr, en } };
}
