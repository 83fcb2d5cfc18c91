import { toJson } from "@nrs/core";
import { sha256Hex } from "./sha256.js";
import { REPORT_VERSION } from "./version.js";

/**
 * How a document was produced, so that a figure in a council report can be reproduced years later:
 * the SDK version, the factor packs used, the SHA-256 of the inputs and the generation date.
 */
export interface Provenance {
  readonly sdk: { readonly name: "@nrs/report"; readonly version: string };
  /** Every factor pack a cited factor came from, sorted by id then version. */
  readonly factorPacks: readonly { readonly id: string; readonly version: string }[];
  /** `sha256:` + hex digest of the inputs serialised by `@nrs/core`'s `toJson` (sorted keys, decimals as strings). */
  readonly inputHash: string;
  /** ISO 8601 generation date, as given (or the current instant when none was given). */
  readonly generatedAt: string;
}

/**
 * Builds the provenance block of a document from its inputs.
 *
 * @example
 * ```ts
 * import { provenanceOf } from "@nrs/report";
 * const p = provenanceOf({ a: 1 }, [{ pack: "fr-ademe", packVersion: "2025.1" }], "2026-11-28");
 * if (!p.inputHash.startsWith("sha256:")) throw new Error("no hash");
 * console.log(p.factorPacks); // [ { id: 'fr-ademe', version: '2025.1' } ]
 * ```
 */
export function provenanceOf(
  input: unknown,
  factors: readonly { readonly pack: string; readonly packVersion: string }[],
  generatedAt: string,
): Provenance {
  const packs = new Map<string, { id: string; version: string }>();
  for (const f of factors) packs.set(`${f.pack}\u0000${f.packVersion}`, { id: f.pack, version: f.packVersion });
  const factorPacks = [...packs.values()].sort((a, b) => (a.id === b.id ? cmp(a.version, b.version) : cmp(a.id, b.id)));
  return {
    sdk: { name: "@nrs/report", version: REPORT_VERSION },
    factorPacks,
    inputHash: "sha256:" + sha256Hex(toJson(input)),
    generatedAt,
  };
}

// Code-unit order, not localeCompare: the order must not depend on the runtime's locale data.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
