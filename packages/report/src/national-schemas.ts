import { NrsError, msg } from "@nrs/core";
import type { NationalSchema } from "./national-schema.js";
import { DECLARATION_BIENS_REEMPLOI_V0_1_0 } from "./schemas/declaration-biens-reemploi-v0.1.0.js";
import { IMPACT_SERVICE_PUBLIC_NUMERIQUE_V0_5_0 } from "./schemas/impact-service-public-numerique-v0.5.0.js";

/**
 * The registry of the national schemas the SDK publishes to, one list per export, the current version
 * first. Only versions a user can still need are kept: the older `impact-service-public-numerique`
 * v0.3.0 is gone (v0.5.0 adds a required column, and data.gouv.fr validates against the latest).
 *
 * @example
 * ```ts
 * import { NATIONAL_SCHEMAS } from "@nrs/report";
 * for (const [kind, versions] of Object.entries(NATIONAL_SCHEMAS)) console.log(kind, versions[0].id, versions[0].version);
 * // agec58 datagouv/schema-declaration-biens-reemploi-reutilisation-recycle 0.1.0
 * // opendata etalab/schema-impact-service-public-numerique 0.5.0
 * ```
 */
export const NATIONAL_SCHEMAS = {
  agec58: [DECLARATION_BIENS_REEMPLOI_V0_1_0],
  opendata: [IMPACT_SERVICE_PUBLIC_NUMERIQUE_V0_5_0],
} as const satisfies Record<string, readonly [NationalSchema, ...NationalSchema[]]>;

/** An export that follows a national schema: `agec58` or `opendata`. */
export type NationalExport = keyof typeof NATIONAL_SCHEMAS;

/**
 * The declaration of an export's national schema: the current one, or the `version` asked for.
 * An unknown version throws an `NrsError` (`NRS_REPORT_UNKNOWN_SCHEMA_VERSION`) naming the versions
 * available.
 *
 * @example
 * ```ts
 * import { nationalSchema } from "@nrs/report";
 * console.log(nationalSchema("opendata").url); // https://github.com/etalab/schema-impact-service-public-numerique/raw/v0.5.0/schema.json
 * try { nationalSchema("opendata", "0.3.0"); } catch (e) { console.log((e as { problems: { code: string }[] }).problems[0]?.code); } // NRS_REPORT_UNKNOWN_SCHEMA_VERSION
 * ```
 */
export function nationalSchema<K extends NationalExport>(kind: K, version?: string): (typeof NATIONAL_SCHEMAS)[K][number] {
  const versions: readonly (typeof NATIONAL_SCHEMAS)[K][number][] = NATIONAL_SCHEMAS[kind];
  const found = version === undefined ? versions[0] : versions.find((s) => s.version === version.replace(/^v/, ""));
  if (found !== undefined) return found;
  const known = versions.map((s) => s.version).join(", ");
  throw new NrsError([
    {
      code: "NRS_REPORT_UNKNOWN_SCHEMA_VERSION",
      severity: "error",
      path: ["version"],
      message: msg(
        `Version « ${String(version)} » du schéma ${versions[0]!.id} inconnue ; versions disponibles : ${known}.`,
        `Unknown version "${String(version)}" of the schema ${versions[0]!.id}; versions available: ${known}.`,
      ),
    },
  ]);
}
