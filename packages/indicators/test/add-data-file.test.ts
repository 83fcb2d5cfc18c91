// The worked example of docs/contributing.md, "Add a data file": one entry in the data-file registry
// (src/data-files.ts) with the file's parser, record schema and columns (its own `<name>-record.ts`), plus
// the compute entry of the indicators it feeds (src/compute/<dataset>.ts). The CLI lists, reads and
// validates the yearly files from the registry; RECORDS_CSV_COLUMNS and computeIndicators' record check
// derive from it. Here the entry is added to a fresh copy of the module.
import * as z from "zod/mini";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DataFileDefinition } from "../src/data-file-definition.js";
import { zIsoDate, type ColumnSpec } from "../src/record-cells.js";
import { readRecordsCsv, type RecordsCsvOptions } from "../src/records-csv.js";
import { describeColumns } from "../src/records-csv-column.js";

// What `src/repair-record.ts` would hold: the columns, the record schema and the parser.
interface RepairRecord {
  readonly date: string;
  readonly quantity: number;
  readonly line?: number;
}
const COLUMNS: readonly ColumnSpec[] = [
  { key: "date", names: ["date"], kind: "date", required: true },
  { key: "quantity", names: ["quantite", "quantity"], kind: "integer", required: true },
];
const RepairSchema = z.object({ date: zIsoDate, quantity: z.number().check(z.nonnegative()), line: z.optional(z.number()) });
const parseRepairsCsv = (input: string, options: RecordsCsvOptions = {}) =>
  readRecordsCsv<RepairRecord>(input, COLUMNS, RepairSchema, options);

const ENTRY: DataFileDefinition = {
  file: "reparations.csv",
  dataset: "reparations" as never,
  label: { fr: "Réparations", en: "Repairs" },
  fields: ["repairs" as never],
  reader: "@nrs/indicators",
  feeds: [],
  records: { parse: parseRepairsCsv as never, schema: RepairSchema, columns: describeColumns(COLUMNS) },
};

async function withFile(): Promise<typeof import("../src/index.js")> {
  vi.resetModules();
  vi.doMock("../src/data-files.js", async (original) => {
    const real = await original<typeof import("../src/data-files.js")>();
    const DATA_FILES = [...real.DATA_FILES, ENTRY];
    return { ...real, DATA_FILES, dataFile: (n: string) => DATA_FILES.find((f) => f.file === n || f.dataset === n) };
  });
  return import("../src/index.js");
}

afterEach(() => vi.doUnmock("../src/data-files.js"));

describe("adding a data file is one registry entry plus its record module", () => {
  it("its parser reads the file with lines and columns in its problems", async () => {
    const r = await parseRepairsCsv("date;quantite\n2025-03-01;2\n2025-13-01;1\n");
    expect(r.records).toEqual([{ date: "2025-03-01", quantity: 2, line: 2 }]);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([["NRS_INVALID_DATE", 3, 1]]);
  });

  it("the registry gives its columns, and computeIndicators checks hand-built records against its schema", async () => {
    const ind = await withFile();
    expect(ind.RECORDS_CSV_COLUMNS["reparations.csv" as never]).toEqual(ENTRY.records?.columns);
    expect(ind.dataFile("reparations")?.file).toBe("reparations.csv");
    const bad = { repairs: [{ date: "2025-03-01", quantity: -1 }] } as never;
    let problems: unknown;
    try {
      ind.computeIndicators(bad, { year: 2025 });
    } catch (e) {
      problems = (e as { problems?: unknown }).problems;
    }
    expect(problems).toMatchObject([{ code: "NRS_TOO_SMALL", path: ["repairs", 0, "quantity"] }]);
  });
});
