import * as z from "zod/mini";
import { check } from "@nrs/core";
import { INVENTORY_FILE } from "./project-layout.js";

/** Names and descriptions of the parts of {@link SETTINGS_SCHEMA} for its JSON Schema (a registry of its own, so no id can clash). */
export const SETTINGS_META = z.registry<{ id?: string; description?: string }>();

const text = z.string();
const textMap = z.record(z.string(), text);

/** `correspondance`: a `ColumnMapping` of `@nrs/footprint` (what the names mean is checked with the inventory). */
const correspondance = z
  .strictObject({
    name: z.optional(text),
    columns: z.optional(z.record(z.string(), z.nullable(text))),
    constants: z.optional(textMap),
    values: z.optional(z.record(z.string(), textMap)),
  })
  .register(SETTINGS_META, { id: "correspondance", description: "A column mapping of your own (ColumnMapping of @nrs/footprint)." });

/** The settings of an asset-manager profile (`AssetProfileSettings` of `@nrs/footprint`). */
const profile = z
  .strictObject({
    type: z.optional(text),
    types: z.optional(z.record(z.string(), z.nullable(text))),
    entites: z.optional(textMap),
    /** The earlier English spelling of `entites`. */
    entities: z.optional(textMap),
    statuts: z.optional(z.record(z.string(), z.enum(["en_service", "en_stock", "sorti"]))),
    sites: z.optional(textMap),
    ordreDate: z.optional(z.enum(["dmy", "mdy"])),
  })
  .register(SETTINGS_META, {
    id: "profil",
    description: "The settings of an asset-manager export: translations of its types, entities, statuses and sites; date order.",
  });

/**
 * The ways of reading an inventory file: a column mapping, or one of the asset-manager profiles of
 * `@nrs/footprint`'s registry (`ASSET_PROFILES`), written out here (a test checks they are the same).
 */
export const READ_KEYS = ["correspondance", "glpi", "ocs", "snipeit"] as const;

const oneWay = check(
  (v: Readonly<Record<string, unknown>>) => READ_KEYS.filter((k) => v[k] !== undefined).length <= 1,
  "NRS_INVALID_VALUE",
  `Un seul de ${READ_KEYS.join(", ")}.`,
  `Only one of ${READ_KEYS.join(", ")}.`,
);

/** The ways of reading one inventory file: at most one of {@link READ_KEYS}. */
const readShape = {
  correspondance: z.optional(correspondance),
  glpi: z.optional(profile),
  ocs: z.optional(profile),
  snipeit: z.optional(profile),
};

const fileSettings = z
  .strictObject(readShape)
  .check(oneWay)
  .register(SETTINGS_META, {
    id: "fichier",
    description: `How to read one inventory file: one of ${READ_KEYS.join(", ")}, or {} (canonical format, or a header recognised by itself).`,
  });

const fichiers = z.record(z.string().check(z.regex(INVENTORY_FILE)), fileSettings).register(SETTINGS_META, {
  description: "Settings of one inventory file of the year (inventaire-reseau.csv), used instead of the common ones for that file.",
});

const inventaire = z
  .strictObject({ ...readShape, fichiers: z.optional(fichiers) })
  .check(oneWay)
  .register(SETTINGS_META, {
    description: `How to read the inventory files when they are not in the canonical format: one of ${READ_KEYS.join(", ")} for every file, and fichiers for one file.`,
  });

/**
 * `nrs.json`: the one schema of the settings. `parseProjectSettings` checks the file with it (unknown
 * members are warnings there, and ignored), and `scripts/json-schemas.ts` writes `schemas/nrs.schema.json`
 * from it (unknown members refused, so that an editor flags a typo).
 */
export const SETTINGS_SCHEMA = z.strictObject({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.unknown()),
  langue: z.optional(z.enum(["fr", "en"])),
  facteurs: z.optional(
    z.array(z.string().check(z.minLength(1))).register(SETTINGS_META, {
      description: "Factor packs of your own, paths inside the project folder, laid over the default pack in order.",
    }),
  ),
  inventaire: z.optional(inventaire),
});

/** What {@link SETTINGS_SCHEMA} accepts. */
export type SettingsInput = z.output<typeof SETTINGS_SCHEMA>;
