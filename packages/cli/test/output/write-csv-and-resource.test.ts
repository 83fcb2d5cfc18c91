import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli-io.js";
import { writeCsvAndResource } from "../../src/output/write-csv-and-resource.js";

const dir = mkdtempSync(join(tmpdir(), "nrs-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeCsvAndResource", () => {
  it("writes the CSV and its descriptor with .resource.json in place of the extension, paths relative to cwd", async () => {
    const io = { cwd: dir } as unknown as CliIo;
    const got = await writeCsvAndResource(io, "pub/x.csv", { csv: "a,b\n1,2\n", resource: { path: "x.csv", n: 1 } }, undefined);
    expect(got).toEqual({ csv: join("pub", "x.csv"), resource: join("pub", "x.resource.json") });
    expect(readFileSync(join(dir, "pub/x.csv"), "utf8")).toBe("a,b\n1,2\n");
    expect(JSON.parse(readFileSync(join(dir, "pub/x.resource.json"), "utf8"))).toEqual({ path: "x.csv", n: 1 });
    expect(readFileSync(join(dir, "pub/x.resource.json"), "utf8").endsWith("}\n")).toBe(true);
  });
});
