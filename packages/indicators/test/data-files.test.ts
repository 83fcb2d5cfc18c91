import { describe, expect, it } from "vitest";
import { catalogue, DATA_FILE_NAMES, DATA_FILES, DATASET_FILES, dataFile, fileOfDataset, RECORDS_CSV_COLUMNS } from "@nrs/indicators";
import { DATASET_COMPUTERS } from "../src/compute/dataset-computers.js";

describe("the data-file registry (DATA_FILES)", () => {
  it("names each file and each dataset once", () => {
    expect(new Set(DATA_FILES.map((f) => f.file)).size).toBe(DATA_FILES.length);
    expect(new Set(DATA_FILES.map((f) => f.dataset)).size).toBe(DATA_FILES.length);
  });

  it("gives a parser, a schema and columns to every file this package reads, and none to the others", () => {
    for (const f of DATA_FILES) expect(f.records !== undefined, f.file).toBe(f.reader === "@nrs/indicators");
    expect(Object.keys(RECORDS_CSV_COLUMNS).sort()).toEqual(
      DATA_FILES.filter((f) => f.records)
        .map((f) => f.file)
        .sort(),
    );
  });

  it("derives the indicators a file feeds from the compute table", () => {
    for (const f of DATA_FILES) {
      const expected = DATASET_COMPUTERS.filter((c) => c.reads.some((r) => f.fields.includes(r))).flatMap((c) => c.codes);
      expect(f.feeds, f.file).toEqual(expected);
      expect(f.feeds.length, f.file).toBeGreaterThan(0);
    }
  });

  it("feeds every computed indicator from at least one file", () => {
    const fed = new Set(DATA_FILES.flatMap((f) => f.feeds));
    expect(catalogue.filter((d) => d.computation === "computed" && !fed.has(d.code)).map((d) => d.code)).toEqual([]);
  });

  it("is DATA_FILE_NAMES, in its order, with the parsers added; fileOfDataset reads the names alone", () => {
    expect(DATA_FILES.map(({ file, dataset, label, fields, reader }) => ({ file, dataset, label, fields, reader }))).toEqual(
      DATA_FILE_NAMES,
    );
    for (const f of DATA_FILES) expect(fileOfDataset(f.dataset)).toBe(f.file);
    expect(fileOfDataset("empreinte")).toBeUndefined();
  });

  it("DATASET_FILES names the files of DATA_FILE_NAMES, in its order, and nothing else", () => {
    expect(Object.entries(DATASET_FILES)).toEqual(DATA_FILE_NAMES.map((f) => [f.dataset, f.file]));
    expect(fileOfDataset("toString")).toBeUndefined();
  });

  it("parses a file through its entry", async () => {
    const r = await dataFile("evenements.csv")?.records?.parse("date;type;public;participants\n2025-01-10;atelier;agents;8\n");
    expect(r?.ok).toBe(true);
    expect(r?.records).toHaveLength(1);
    expect(dataFile("evenements")?.file).toBe("evenements.csv");
  });
});
