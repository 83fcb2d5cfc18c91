import { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { wordChoice, type ColumnSpec } from "../src/record-cells.js";
import { readRecordsCsv } from "../src/records-csv.js";

// A made-up file format, so that the shared reader is tested on its own, not through one parser.
const COLOUR: ReadonlyMap<string, "RED" | "BLUE"> = new Map([
  ["rouge", "RED"],
  ["red", "RED"],
  ["bleu", "BLUE"],
  ["blue", "BLUE"],
]);
const COLUMNS: readonly ColumnSpec[] = [
  { key: "name", names: ["nom", "name"], kind: "text", required: true },
  { key: "amount", names: ["montant", "amount"], kind: "decimal" },
  { key: "count", names: ["nombre", "count"], kind: "integer" },
  { key: "day", names: ["date_jour", "day"], kind: "date" },
  { key: "done", names: ["fait", "done"], kind: "boolean" },
  { key: "colour", names: ["couleur", "colour"], kind: wordChoice(COLOUR) },
];
const Schema = z.object({
  name: z.string().check(z.minLength(2)),
  amount: z.optional(z.instanceof(Decimal)),
  count: z.optional(z.number()),
  day: z.optional(z.string()),
  done: z.optional(z.boolean()),
  colour: z.optional(z.string()),
});
interface Thing {
  readonly name: string;
  readonly amount?: Decimal;
  readonly count?: number;
  readonly day?: string;
  readonly done?: boolean;
  readonly colour?: string;
  readonly line?: number;
}
const read = (text: string) => readRecordsCsv<Thing>(text, COLUMNS, Schema);
const where = (r: Awaited<ReturnType<typeof read>>) => r.problems.map((p) => `${p.code}@${p.line}:${p.column}`);

describe("readRecordsCsv (the reader every yearly CSV parser shares)", () => {
  it("maps French names and English aliases (case, accents, BOM, spaces ignored) and converts every kind of cell", async () => {
    const r = await read(
      "\uFEFFNom;Montant;NOMBRE;Date jour;Fait;Couleur\nLampe;1 234,50;3;31/12/2024;oui;Bleu\n;;;;;\nTable;7.25;;2025-01-02;no;red\n",
    );
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.name, x.amount?.toString(), x.count, x.day, x.done, x.colour, x.line])).toEqual([
      ["Lampe", "1234.5", 3, "2024-12-31", true, "BLUE", 2],
      ["Table", "7.25", undefined, "2025-01-02", false, "RED", 4],
    ]);
  });

  it("reports each bad cell with its code, line and column, in French and English, and keeps the good records", async () => {
    const r = await read("name,amount,count,day,done,colour\nA1,douze,2.5,2024-02-30,peut-être,vert\nok,1,1,2024-01-01,oui,rouge\n");
    expect(where(r)).toEqual([
      "NRS_NOT_A_NUMBER@2:4",
      "NRS_NOT_AN_INTEGER@2:10",
      "NRS_INVALID_DATE@2:14",
      "NRS_INVALID_BOOLEAN@2:25",
      "NRS_INVALID_VALUE@2:35",
    ]);
    expect(r.problems[4]?.message).toEqual({
      fr: "« vert » n'est pas une valeur admise (colonne couleur : rouge, bleu).",
      en: '"vert" is not an accepted value (column couleur: rouge, bleu).',
    });
    expect(r.problems.every((p) => p.severity === "error" && p.message.fr !== p.message.en)).toBe(true);
    expect([r.ok, r.records.map((x) => x.name)]).toEqual([false, ["ok"]]);
  });

  it("places a schema problem on the column of its field, and a too-long line on its first extra cell", async () => {
    const r = await read("nom;montant\nX;1\nYy;2;3\n");
    expect(where(r)).toEqual(["NRS_TOO_SHORT@2:1", "NRS_TOO_MANY_CELLS@3:6"]);
    expect(r.records).toEqual([]);
  });

  it("warns about an unknown column and stops on a missing or duplicated one", async () => {
    const unknown = await read("nom;poids\nAb;3\n");
    expect([where(unknown), unknown.problems[0]?.severity, unknown.ok, unknown.records.length]).toEqual([
      ["NRS_UNKNOWN_COLUMN@1:5"],
      "warning",
      true,
      1,
    ]);
    const missing = await read("montant\n3\n");
    expect([where(missing), missing.records.length]).toEqual([["NRS_MISSING_COLUMN@1:1"], 0]);
    expect(missing.problems[0]?.message.en).toBe('Required column missing: "nom" (or name).');
    const twice = await read("nom;name\nAb;Cd\n");
    expect([where(twice), twice.records.length]).toEqual([["NRS_DUPLICATE_COLUMN@1:5"], 0]);
  });

  it("reports an empty file, and passes on the CSV reader's own problems", async () => {
    expect(where(await read(""))).toEqual(["NRS_EMPTY_FILE@1:1"]);
    expect(where(await read("\n  \n"))).toEqual(["NRS_EMPTY_FILE@1:1"]);
    const quote = await read('nom\n"Ab\n');
    expect(quote.problems.map((p) => p.code)).toEqual(["NRS_CSV_UNCLOSED_QUOTE"]);
  });

  it("wordChoice lists the first word of each value, in the table's order", () => {
    const k = wordChoice(COLOUR);
    expect([k.expected, k.oneOf(" Rouge "), k.oneOf("BLUE"), k.oneOf("vert")]).toEqual(["rouge, bleu", "RED", "BLUE", undefined]);
  });
});
