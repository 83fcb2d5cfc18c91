import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvReader } from "../src/csv.js";
import { detectDelimiter } from "../src/csv-delimiter.js";
import { parseCsvText, readCsv, readCsvBatches, readCsvEach } from "../src/csv-read.js";

describe("detectDelimiter", () => {
  it("prefers the most frequent separator outside quotes", () => {
    expect(detectDelimiter("a;b;c")).toBe(";");
    expect(detectDelimiter("a,b,c")).toBe(",");
    expect(detectDelimiter('"a;b;c",d,e')).toBe(",");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("seule")).toBe(",");
  });
});

describe("parseCsvText", () => {
  it("reads simple rows with lines and columns", () => {
    const rows = parseCsvText("type;quantite\nportable;12\necran;3\n");
    expect(rows.map((r) => [r.line, r.cells, r.columns])).toEqual([
      [1, ["type", "quantite"], [1, 6]],
      [2, ["portable", "12"], [1, 10]],
      [3, ["ecran", "3"], [1, 7]],
    ]);
  });

  it("drops a BOM, handles CRLF, skips blank lines but counts them", () => {
    const rows = parseCsvText("\ufeffa,b\r\n\r\n1,2\r\n   \n3,4");
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ["a", "b"]],
      [3, ["1", "2"]],
      [5, ["3", "4"]],
    ]);
  });

  it("reads quoted cells with separators, doubled quotes and line breaks", () => {
    const rows = parseCsvText('a;b;c\n"x;y";"il dit ""non""";"deux\nlignes"\nfin;1;2\n');
    expect(rows[1]?.cells).toEqual(["x;y", 'il dit "non"', "deux\nlignes"]);
    expect(rows[1]?.line).toBe(2);
    expect(rows[2]?.line).toBe(4);
    expect(rows[2]?.cells).toEqual(["fin", "1", "2"]);
  });

  it("keeps empty trailing cells", () => {
    expect(parseCsvText("a;b;c\n1;;\n")[1]?.cells).toEqual(["1", "", ""]);
    expect(parseCsvText('a;b\n"1";\n')[1]?.cells).toEqual(["1", ""]);
  });

  it("flags an unclosed quote with its line and column and keeps the text", () => {
    const rows = parseCsvText('a;b\n1;"oops\n2;3\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.problem?.code).toBe("NRS_CSV_UNCLOSED_QUOTE");
    expect(rows[1]?.problem?.line).toBe(2);
    expect(rows[1]?.problem?.column).toBe(3);
    expect(rows[1]?.problem?.message.fr).toMatch(/Guillemet/);
  });

  it("flags text after a closing quote", () => {
    const rows = parseCsvText('a;b\n"x"y;2\n');
    expect(rows[1]?.problem?.code).toBe("NRS_CSV_TEXT_AFTER_QUOTE");
    expect(rows[1]?.cells).toEqual(["xy", "2"]);
  });

  it("uses a given delimiter over detection", () => {
    expect(parseCsvText("a;b,c\n", { delimiter: "," })[0]?.cells).toEqual(["a;b", "c"]);
  });
});

const cell = fc.oneof(
  fc.constantFrom("", "x", "1,5", "a;b", 'q"q', "deux\nlignes", " espace ", "é€"),
  fc.string({ maxLength: 6 }).filter((s) => !s.includes("\r")),
);

function encode(rows: string[][], d: string): string {
  return rows.map((r) => r.map((c) => (/[;,\t"\n]/.test(c) || c === "" ? `"${c.replace(/"/g, '""')}"` : c)).join(d)).join("\n");
}

describe("properties", () => {
  it("round-trips any table however the text is chunked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(200), { maxLength: 6 }),
        (table, cuts) => {
          const text = encode(table, ";") + "\n";
          const whole = parseCsvText(text, { delimiter: ";" });
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const reader = new CsvReader({ delimiter: ";" });
          const chunked = [];
          let prev = 0;
          for (const p of [...points, text.length]) {
            chunked.push(...reader.push(text.slice(prev, p)));
            prev = p;
          }
          chunked.push(...reader.end());
          expect(whole.map((r) => r.cells)).toEqual(table);
          const view = (rs: typeof whole) => rs.map((r) => ({ line: r.line, cells: r.cells, columns: r.columns, problem: r.problem }));
          expect(view(chunked)).toEqual(view(whole));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("async readers", () => {
  it("read from async chunks and from a string alike", async () => {
    async function* chunks() {
      yield "a;b\n1;";
      yield "2\n3;4";
    }
    const fromStream = [];
    for await (const r of readCsv(chunks())) fromStream.push(r.cells);
    const fromText = [];
    for await (const b of readCsvBatches("a;b\n1;2\n3;4")) fromText.push(...b.map((r) => r.cells));
    expect(fromStream).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(fromText).toEqual(fromStream);
  });
});

describe("readCsvEach", () => {
  it("hands the same records as parseCsvText, in order", async () => {
    const text = 'a;b\n1;"x\ny"\n\n2;3';
    const seen: unknown[] = [];
    await readCsvEach(['a;b\n1;"x', '\ny"\n\n2;3'], (r) => seen.push({ line: r.line, cells: r.cells, columns: r.columns }));
    expect(seen).toEqual(parseCsvText(text).map((r) => ({ line: r.line, cells: r.cells, columns: r.columns })));
    expect(seen).toHaveLength(3);
  });
});
