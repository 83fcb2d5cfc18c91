import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvReader } from "../src/csv.js";
import type { CsvChunk, CsvRow } from "../src/csv-row.js";
import { parseCsvText, readCsvEach } from "../src/csv-read.js";

/** Reads `text` cut into chunks of the given sizes (cycled), as strings or as UTF-8 bytes. */
function readChunked(text: string, sizes: readonly number[], bytes: boolean): { rows: CsvRow[]; scanned: number } {
  const reader = new CsvReader();
  const rows: CsvRow[] = [];
  const data: string | Uint8Array = bytes ? new TextEncoder().encode(text) : text;
  for (let i = 0, k = 0; i < data.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length] ?? 1);
    const chunk: CsvChunk = data.slice(i, i + size);
    reader.pushEach(chunk, (r) => rows.push(r));
    i += size;
  }
  reader.endEach((r) => rows.push(r));
  return { rows, scanned: reader.scanned };
}

const plain = (rows: readonly CsvRow[]) =>
  rows.map((r) => ({ line: r.line, cells: r.cells, columns: r.columns, problem: r.problem?.code }));

/** Hostile cells: runs of doubled quotes, unclosed quotes, line breaks and separators inside quotes. */
const hostileCell = fc.oneof(
  fc.nat({ max: 400 }).map((n) => `"${'""'.repeat(n)}"`),
  fc.nat({ max: 400 }).map((n) => `"${"\n".repeat(n)}"`),
  fc.nat({ max: 400 }).map((n) => `"${"a;".repeat(n)}`),
  fc.string({ unit: fc.constantFrom('"', ";", "\n", "\r", "a", "é", "€", "𝄞"), maxLength: 60 }),
);
const hostileText = fc
  .array(
    fc.array(hostileCell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(";")),
    { maxLength: 6 },
  )
  .map((lines) => `a;b\n${lines.join("\n")}`);

describe("CsvReader on hostile input", () => {
  it("does work linear in the input whatever the quoting and the chunking (characters examined, no clock)", () => {
    fc.assert(
      fc.property(hostileText, fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 5 }), (text, sizes) => {
        const { scanned } = readChunked(text, sizes, false);
        expect(scanned).toBeLessThanOrEqual(8 * text.length + 64);
      }),
    );
  });

  it("stays linear on the pathological cell of the issue: one quote, N doubled quotes, one quote, in 64 KiB chunks", () => {
    for (const n of [10_000, 100_000, 1_000_000]) {
      const text = `a\n"${'""'.repeat(n)}"\n`;
      const { rows, scanned } = readChunked(text, [65_536], false);
      expect(rows[1]?.cells[0]).toHaveLength(n);
      expect(scanned / text.length).toBeLessThan(8);
    }
  });

  it("reads the same records from strings and from bytes, whatever the chunk boundaries (characters split included)", () => {
    fc.assert(
      fc.property(hostileText, fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 4 }), (text, sizes) => {
        const whole = plain(parseCsvText(text));
        expect(plain(readChunked(text, sizes, false).rows)).toEqual(whole);
        expect(plain(readChunked(text, sizes, true).rows)).toEqual(whole);
      }),
    );
  });

  it("accepts Buffer and Uint8Array inputs and chunks instead of failing with a TypeError", async () => {
    const bytes = new TextEncoder().encode("\ufefftype;libellé\nportable;« é »\n");
    const rows: CsvRow[] = [];
    await readCsvEach(bytes, (r) => rows.push(r));
    expect(rows.map((r) => r.cells)).toEqual([
      ["type", "libellé"],
      ["portable", "« é »"],
    ]);
    const fromChunks: CsvRow[] = [];
    await readCsvEach([bytes.slice(0, 20), bytes.slice(20)], (r) => fromChunks.push(r));
    expect(plain(fromChunks)).toEqual(plain(rows));
    expect(parseCsvText(bytes)[1]?.cells).toEqual(["portable", "« é »"]);
  });

  it("refuses other chunk types with a clear TypeError, never a crash inside the reader", async () => {
    await expect(readCsvEach([42 as never], () => {})).rejects.toThrow(/strings or Uint8Array/);
    await expect(readCsvEach(42 as never, () => {})).rejects.toThrow(/string, a Uint8Array/);
  });
});
