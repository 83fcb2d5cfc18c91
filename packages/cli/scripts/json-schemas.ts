/**
 * The JSON Schemas that ship in `@nrs/cli/schemas/`: those of the project's JSON documents (from the zod
 * schemas of `@nrs/model`, so they cannot drift), that of `nrs.json` (from `SETTINGS_SCHEMA`, the schema
 * `parseProjectSettings` checks the file with) and those of the `--json` documents of every command.
 * `test/json-schemas.test.ts` compares the files with this and rewrites them with `REGEN=1`.
 */
import { BilanAnnuelSchema, CollectiviteSchema, ProgrammeDeTravailSchema, StrategieSchema } from "@nrs/model";
import * as z from "zod";
import * as zm from "zod/mini";
import { schemaUrl } from "../src/init/schema-url.js";
import { SETTINGS_META, SETTINGS_SCHEMA } from "../src/project/settings-schema.js";
import { JSON_SCHEMA_VERSION } from "../src/output/json-schema-version.js";

const message = z.object({ fr: z.string(), en: z.string() });
const problem = z.looseObject({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  path: z.array(z.union([z.string(), z.number()])),
  message,
  line: z.optional(z.int()),
  column: z.optional(z.int()),
  file: z.optional(z.string()),
  ref: z.optional(z.string()),
});
/** Exact decimals are written as strings. */
const decimal = z.string().regex(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/);
const base = (command: string) => ({ command: z.literal(command), schemaVersion: z.literal(JSON_SCHEMA_VERSION) });
const failure = (command: string) =>
  z.object({
    ...base(command),
    ok: z.literal(false),
    error: z.object({ code: z.string(), message, hint: message, exitCode: z.int() }),
    problems: z.array(problem),
  });
const year = z.int();

/** The success document of each command (loose: members may be added within a schema version). */
const SUCCESS: Record<string, z.ZodType> = {
  version: z.looseObject({ ...base("version"), ok: z.literal(true), version: z.string() }),
  help: z.looseObject({ ...base("help"), ok: z.literal(true), topic: z.optional(z.string()), help: message }),
  init: z.looseObject({ ...base("init"), ok: z.literal(true), folder: z.string(), year, files: z.array(z.string()) }),
  validate: z.looseObject({
    ...base("validate"),
    ok: z.boolean(),
    folder: z.string(),
    years: z.array(year),
    counts: z.looseObject({ errors: z.int(), warnings: z.int() }),
    problems: z.array(problem),
    findings: z.array(problem),
  }),
  footprint: z.looseObject({
    ...base("footprint"),
    ok: z.boolean(),
    folder: z.string(),
    year,
    scope: z.array(z.string()),
    pack: z.object({ id: z.string(), version: z.string() }),
    byCriterion: z.record(z.string(), z.unknown()),
    total: z.unknown(),
    problems: z.array(problem),
  }),
  indicators: z.looseObject({
    ...base("indicators"),
    ok: z.boolean(),
    folder: z.string(),
    year,
    files: z.array(z.string()),
    results: z.looseObject({
      values: z.array(z.looseObject({ code: z.string(), value: decimal, unit: z.string() })),
      notComputed: z.array(z.looseObject({ code: z.string() })),
    }),
    problems: z.array(problem),
  }),
  report: z.looseObject({
    ...base("report"),
    ok: z.literal(true),
    folder: z.string(),
    year,
    format: z.enum(["html", "markdown", "json"]),
    out: z.optional(z.string()),
    mediaType: z.string(),
    content: z.optional(z.string()),
  }),
  export: z.looseObject({
    ...base("export"),
    ok: z.literal(true),
    kind: z.string(),
    folder: z.string(),
    year,
    out: z.string(),
    resource: z.string(),
    rows: z.int(),
    schema: z.looseObject({ id: z.string(), version: z.string() }),
  }),
};

const OPTIONS = { io: "input", unrepresentable: "any", target: "draft-2020-12" } as const;

/** Every schema file of `schemas/`, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const documents: Record<string, zm.ZodMiniType> = {
    collectivite: CollectiviteSchema,
    "programme-de-travail": ProgrammeDeTravailSchema,
    strategie: StrategieSchema,
    "bilan-annuel": BilanAnnuelSchema,
  };
  for (const [name, schema] of Object.entries(documents)) {
    files[`${name}.schema.json`] = { $id: schemaUrl(name), title: `${name}.json (nrs)`, ...zm.toJSONSchema(schema, OPTIONS) };
  }
  files["nrs.schema.json"] = {
    $id: schemaUrl("nrs"),
    title: "nrs.json (nrs)",
    ...zm.toJSONSchema(SETTINGS_SCHEMA, { ...OPTIONS, metadata: SETTINGS_META }),
  };
  for (const [command, schema] of Object.entries(SUCCESS)) {
    const doc = z.union([schema, failure(command)]);
    files[`output-${command}.schema.json`] = {
      $id: schemaUrl(`output-${command}`),
      title: `nrs ${command} --json (schemaVersion ${JSON_SCHEMA_VERSION})`,
      ...z.toJSONSchema(doc, OPTIONS),
    };
  }
  return files;
}
