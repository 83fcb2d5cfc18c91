// The CSV reader of @nrs/core on the pathological quoting of issue #16: one cell `"` + `""`×N + `"`
// (50 MB at the largest), fed in 64 KiB chunks as a file stream gives them, as text and as bytes, side
// by side with a plain file of the same size read in the same run (baseline). Linear reading shows as
// a time per MB that stays flat as N grows, and characters examined per input character below 8.
// (Before the fix, 1 MB took 14.5 s and 4 MB over 900 s: the buffer was rescanned at every chunk.)
//
// Run: node --import tsx bench/csv-pathological.ts [--mb 50]
import { parseArgs } from "node:util";
import { CsvReader } from "../packages/core/src/csv.js";

const { values } = parseArgs({ options: { mb: { type: "string", default: "50" } } });
const biggest = Number(values.mb);
const CHUNK = 1 << 16;

function read(text: string, bytes: boolean): { seconds: number; scanned: number; cells: number } {
  const data = bytes ? new TextEncoder().encode(text) : text;
  const reader = new CsvReader({ delimiter: ";" });
  let cells = 0;
  const count = (r: { cells: string[] }): void => {
    cells += r.cells.length;
  };
  const started = process.hrtime.bigint();
  for (let i = 0; i < data.length; i += CHUNK) reader.pushEach(data.slice(i, i + CHUNK), count);
  reader.endEach(count);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, scanned: reader.scanned, cells };
}

const rows: Record<string, string | number>[] = [];
for (const mb of [1, 4, 16, biggest].filter((m, i, a) => m <= biggest && a.indexOf(m) === i)) {
  const n = Math.floor((mb * 1_000_000 - 4) / 2);
  const hostile = `a\n"${'""'.repeat(n)}"\n`;
  const plain = `a\n${"x;".repeat(n)}\n`;
  for (const [input, text] of [
    ["plain (baseline)", plain],
    ["pathological", hostile],
  ] as const) {
    for (const bytes of [false, true]) {
      const r = read(text, bytes);
      rows.push({
        MB: mb,
        input,
        chunks: bytes ? "Uint8Array" : "string",
        seconds: Number(r.seconds.toFixed(3)),
        "s/MB": Number((r.seconds / mb).toFixed(4)),
        "scanned/char": Number((r.scanned / text.length).toFixed(2)),
      });
    }
  }
}
console.table(rows);
