import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// The official descriptors (Etalab Licence Ouverte 2.0) and the tableschema-based validator live with @nrs/report's tests.
import { officialDescriptor, tableSchemaViolations } from "../../../report/test/support/table-schema-validator.js";
import { example, nrs, tempDir } from "./run-built-cli.js";

// Both national exports of the example, written by the built `nrs` as a user would, validated by a
// Frictionless Table Schema implementation against the official descriptors (header names and order,
// types, required, enums, patterns), and against the .resource.json written beside them.
const tmp = tempDir();
afterAll(tmp.cleanup);

const CASES = [
  {
    kind: "agec58",
    schema: "declaration-biens-reemploi-reutilisation-recycle",
    version: "0.1.0",
    id: "datagouv/schema-declaration-biens-reemploi-reutilisation-recycle",
  },
  { kind: "opendata", schema: "impact-service-public-numerique", version: "0.5.0", id: "etalab/schema-impact-service-public-numerique" },
] as const;

describe("nrs export … validates against the official national schemas", () => {
  for (const c of CASES) {
    for (const year of ["2024", "2025"]) {
      it(`${c.kind} ${year} → ${c.schema} v${c.version}`, async () => {
        const out = join(tmp.dir, `${c.kind}-${year}.csv`);
        const r = await nrs(["export", c.kind, example, "--year", year, "--out", out]);
        expect(r.code, r.stderr).toBe(0);
        const csv = readFileSync(out, "utf8");
        expect(csv.trim().split("\n").length).toBeGreaterThan(1);
        const official = officialDescriptor(c.schema, c.version);
        expect(await tableSchemaViolations(csv, official)).toEqual([]);
        const resource = JSON.parse(readFileSync(join(tmp.dir, `${c.kind}-${year}.resource.json`), "utf8")) as {
          conformsTo: unknown;
          schema: object;
        };
        expect(resource.conformsTo).toEqual({ id: c.id, version: c.version, url: official.path });
        expect(await tableSchemaViolations(csv, resource.schema)).toEqual([]);
      });
    }
  }
});
