import { NrsError, problem, type Message } from "@nrs/core";
import { defineFactorPack } from "./define-factor-pack.js";
import type { FactorPack, FactorRow, FactorRowInput } from "./factor-pack.js";

function keyOf(r: { item: string; criterion: string; stage?: string | undefined; geography: string; year: number }): string {
  return `${r.item}\u0000${r.criterion}\u0000${r.stage ?? ""}\u0000${r.geography}\u0000${r.year}`;
}

/**
 * Combines packs: rows of later packs replace the rows of earlier packs that have the same id or the
 * same item, criterion, stage, geography and year; other rows are kept. Each row keeps the id and
 * version of the pack it came from, so traces still cite the right source.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, defineFactorPack, lookupFactor, mergeFactorPacks } from "@nrs/footprint";
 * const mine = defineFactorPack({
 *   id: "mine", version: "1", title: { fr: "Mes facteurs", en: "My factors" },
 *   rows: [{ id: "grid", item: "electricite_FR", criterion: "gwp", stage: "use", value: "0.05",
 *     unit: "kgCO2e/kWh", source: "My supplier", year: 2025, geography: "FR", licence: "own data" }],
 * });
 * const merged = mergeFactorPacks([defaultFactorPack, mine], { id: "fr-ademe+mine", version: "1" });
 * const row = lookupFactor(merged, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2025 });
 * console.log(row.value.toString(), row.pack); // "0.05" "mine"
 * ```
 */
export function mergeFactorPacks(
  packs: readonly FactorPack[],
  meta: { readonly id: string; readonly version: string; readonly title?: Message },
): FactorPack {
  if (packs.length === 0) {
    throw new NrsError([problem("NRS_NO_PACK", ["packs"], "Aucun jeu de facteurs à fusionner.", "No factor pack to merge.")]);
  }
  const byId = new Map<string, FactorRow>();
  const byKey = new Map<string, string>();
  for (const pack of packs) {
    for (const row of pack.rows) {
      const k = keyOf(row);
      const replacedId = byKey.get(k);
      if (replacedId !== undefined) byId.delete(replacedId);
      byId.delete(row.id);
      byId.set(row.id, row);
      byKey.set(k, row.id);
    }
  }
  return Object.freeze({
    id: meta.id,
    version: meta.version,
    title: meta.title ?? {
      fr: `Fusion de ${packs.map((p) => `${p.id}@${p.version}`).join(", ")}`,
      en: `Merge of ${packs.map((p) => `${p.id}@${p.version}`).join(", ")}`,
    },
    generatedFrom: Object.freeze([...packs.map((p) => ({ name: p.id, version: p.version })), ...packs.flatMap((p) => p.generatedFrom)]),
    rows: Object.freeze([...byId.values()]),
  });
}

/**
 * Overrides some rows of a pack with a user's own (validated like {@link defineFactorPack}); see
 * {@link mergeFactorPacks} for which rows are replaced. The user's rows are cited as pack `meta.id`.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, lookupFactor, overrideFactors } from "@nrs/footprint";
 * const pack = overrideFactors(defaultFactorPack, [
 *   { id: "pue-mine", item: "datacenter_FR", criterion: "pue", value: "1.3", unit: "ratio",
 *     source: "Contrat d'hébergement 2025", year: 2025, geography: "FR", licence: "own data" },
 * ], { id: "ville", version: "2025" });
 * console.log(lookupFactor(pack, { item: "datacenter_FR", criterion: "pue", year: 2025 }).value.toString()); // "1.3"
 * ```
 */
export function overrideFactors(
  pack: FactorPack,
  rows: readonly FactorRowInput[],
  meta: { readonly id: string; readonly version: string; readonly title?: Message },
): FactorPack {
  const user = defineFactorPack({ id: meta.id, version: meta.version, title: meta.title ?? { fr: meta.id, en: meta.id }, rows });
  return mergeFactorPacks([pack, user], { id: `${pack.id}+${meta.id}`, version: `${pack.version}+${meta.version}` });
}
