/**
 * The JSON Schemas that ship in `@nrs/cli/schemas/`: those of the project's JSON documents (from the zod
 * schemas of `@nrs/model`, so they cannot drift) and those of the `--json` documents of every command.
 * `test/json-schemas.test.ts` compares the files with this and rewrites them with `REGEN=1`.
 */
import { BilanAnnuelSchema, CollectiviteSchema, ProgrammeDeTravailSchema, StrategieSchema } from "@nrs/model";
import * as z from "zod";
import * as zm from "zod/mini";
import { schemaUrl } from "../src/init/schema-url.js";
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

/**
 * `nrs.json`, as `parseProjectSettings` reads it (see docs/formats/nrs-json.md). Unknown members are
 * refused here so that an editor flags a typo; `nrs validate` reports them as warnings.
 */
const text = z.string();
const textMap = z.record(z.string(), z.string());
const profile = z.strictObject({
  type: z.optional(text),
  types: z.optional(z.record(z.string(), z.nullable(z.string()))),
  entites: z.optional(textMap),
  entities: z.optional(textMap),
  statuts: z.optional(z.record(z.string(), z.enum(["en_service", "en_stock", "sorti"]))),
  sites: z.optional(textMap),
  ordreDate: z.optional(z.enum(["dmy", "mdy"])),
});
const correspondance = z.strictObject({
  name: z.optional(text),
  columns: z.optional(z.record(z.string(), z.nullable(z.string()))),
  constants: z.optional(textMap),
  values: z.optional(z.record(z.string(), textMap)),
});
// How one inventory file is read: a column mapping, one asset-manager profile, or nothing (canonical or recognised).
const readSettings = [
  z.strictObject({ correspondance }),
  z.strictObject({ glpi: profile }),
  z.strictObject({ ocs: profile }),
  z.strictObject({ snipeit: profile }),
  z.strictObject({}),
] as const;
const fichiers = z
  .record(z.string().regex(/^inventaire(?:[-_][A-Za-z0-9][A-Za-z0-9_-]*)?\.csv$/), z.union(readSettings))
  .describe("Settings of one inventory file of the year (inventaire-reseau.csv), instead of the common ones.");
const SETTINGS = z.strictObject({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.unknown()),
  langue: z.optional(z.enum(["fr", "en"])),
  facteurs: z.optional(
    z.array(z.string().min(1)).describe("Factor packs of your own, paths inside the project folder, laid over the default pack in order."),
  ),
  inventaire: z.optional(
    z.union([
      z.strictObject({ correspondance, fichiers: z.optional(fichiers) }),
      z.strictObject({ glpi: profile, fichiers: z.optional(fichiers) }),
      z.strictObject({ ocs: profile, fichiers: z.optional(fichiers) }),
      z.strictObject({ snipeit: profile, fichiers: z.optional(fichiers) }),
      z.strictObject({ fichiers: z.optional(fichiers) }),
    ]),
  ),
});

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
  files["nrs.schema.json"] = { $id: schemaUrl("nrs"), title: "nrs.json (nrs)", ...z.toJSONSchema(SETTINGS, OPTIONS) };
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
