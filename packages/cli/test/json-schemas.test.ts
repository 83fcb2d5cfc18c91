import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as z from "zod";
import { afterAll, describe, expect, it } from "vitest";
import { jsonSchemas } from "../scripts/json-schemas.js";
import { run } from "../src/run.js";

const dir = resolve(import.meta.dirname, "../schemas");
const example = resolve(import.meta.dirname, "../../../examples/val-de-fictive");
const tmp = mkdtempSync(join(tmpdir(), "nrs-schemas-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function json(argv: string[]): Promise<{ code: number; doc: unknown }> {
  let out = "";
  const code = await run([...argv, "--json"], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => {} },
    cwd: tmp,
    env: { SOURCE_DATE_EPOCH: "0" },
  });
  return { code, doc: JSON.parse(out) as unknown };
}

function schemaOf(file: string): z.ZodType {
  return z.fromJSONSchema(JSON.parse(readFileSync(join(dir, file), "utf8")) as never);
}

describe("the JSON Schemas shipped in schemas/", () => {
  it("are the ones generated from the code (REGEN=1 rewrites them)", () => {
    const files = jsonSchemas();
    if (process.env.REGEN === "1") {
      mkdirSync(dir, { recursive: true });
      for (const [name, schema] of Object.entries(files)) writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
    }
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const [name, schema] of Object.entries(files)) expect(JSON.parse(readFileSync(join(dir, name), "utf8")), name).toEqual(schema);
  });

  it("describe what every command prints with --json, success and failure", async () => {
    const runs: [string, string[]][] = [
      ["version", ["--version"]],
      ["help", ["help", "footprint"]],
      ["validate", ["validate", example]],
      ["footprint", ["footprint", example]],
      ["indicators", ["indicators", example]],
      ["report", ["report", example, "--format", "md"]],
      ["export", ["export", "opendata", example, "--out", join(tmp, "od.csv")]],
      ["init", ["init", join(tmp, "new")]],
      ["validate", ["validate", join(tmp, "nowhere")]],
      ["footprint", ["footprint", example, "--year", "1999"]],
    ];
    for (const [command, argv] of runs) {
      const { doc } = await json(argv);
      const result = schemaOf(`output-${command}.schema.json`).safeParse(doc);
      expect(result.success, `${argv.join(" ")}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`).toBe(true);
      // The schemas do check: another version or a missing member is refused.
      expect(schemaOf(`output-${command}.schema.json`).safeParse({ ...(doc as object), schemaVersion: 2 }).success).toBe(false);
      expect(schemaOf(`output-${command}.schema.json`).safeParse({ ...(doc as object), ok: undefined }).success).toBe(false);
    }
  });

  it("nrs.schema.json accepts the nrs.json nrs init writes and refuses the hostile settings of issue #16", () => {
    const settings = schemaOf("nrs.schema.json");
    const written = JSON.parse(readFileSync(join(tmp, "new", "nrs.json"), "utf8")) as { $schema?: string };
    expect(written.$schema).toBe("https://unpkg.com/@nrs/cli/schemas/nrs.schema.json");
    expect(settings.safeParse(written).success).toBe(true);
    expect(
      settings.safeParse({ facteurs: ["facteurs/mine.json"], inventaire: { glpi: { types: { Portable: "ordinateur_portable" } } } })
        .success,
    ).toBe(true);
    for (const hostile of [
      { inventaire: { correspondance: { values: { type: { ecran: 7 } } } } },
      { facteurs: "pack.json" },
      { langue: "de" },
      { inconnu: 1 },
    ]) {
      expect(settings.safeParse(hostile).success, JSON.stringify(hostile)).toBe(false);
    }
  });

  it("accept the example's documents and the files nrs init writes, which point to them", async () => {
    for (const [file, schema] of [
      ["collectivite.json", "collectivite"],
      ["programme-de-travail.json", "programme-de-travail"],
      ["strategie.json", "strategie"],
      ["bilans/2025.json", "bilan-annuel"],
    ] as const) {
      expect(schemaOf(`${schema}.schema.json`).safeParse(JSON.parse(readFileSync(join(example, file), "utf8"))).success, file).toBe(true);
      const written = JSON.parse(readFileSync(join(tmp, "new", file.replace("2025", String(new Date().getUTCFullYear() - 1))), "utf8")) as {
        $schema?: string;
      };
      expect(written.$schema).toBe(`https://unpkg.com/@nrs/cli/schemas/${schema}.schema.json`);
      expect(schemaOf(`${schema}.schema.json`).safeParse(written).success, `init ${file}`).toBe(true);
    }
  });
});
