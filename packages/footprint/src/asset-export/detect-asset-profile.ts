import { normalizeInventoryWord } from "../inventory/normalize-word.js";
import type { AssetColumnKey, AssetProfile, AssetProfileId, AssetProfileSettings } from "./asset-profile.js";
import { ASSET_PROFILES } from "./asset-profiles.js";

/**
 * The profile whose signature a CSV header holds, or `undefined` (the canonical format, or a layout
 * that needs a mapping). Header names are compared after {@link normalizeInventoryWord}.
 *
 * @example
 * ```ts
 * import { detectAssetProfile } from "@nrs/footprint";
 * console.log(detectAssetProfile(["Nom", "Entité", "Statut", "Type", "Date d'achat"])?.id); // "glpi"
 * console.log(detectAssetProfile(["type", "quantite"])); // undefined
 * ```
 */
export function detectAssetProfile(header: readonly string[]): AssetProfile | undefined {
  const names = new Set(header.map(normalizeInventoryWord));
  return ASSET_PROFILES.find((p) => p.signatures.some((sig) => sig.every((h) => names.has(normalizeInventoryWord(h)))));
}

/**
 * The profile of an id, or `undefined`.
 *
 * @example
 * ```ts
 * import { assetProfile } from "@nrs/footprint";
 * console.log(assetProfile("snipeit")?.label.fr); // "Snipe-IT"
 * ```
 */
export function assetProfile(id: string): AssetProfile | undefined {
  return ASSET_PROFILES.find((p) => p.id === id);
}

/**
 * How a profile reads each header of its exports under given settings, keyed by the normalised header:
 * the entity and location columns count only when the settings translate their values.
 *
 * @example
 * ```ts
 * import { assetProfile, assetProfileColumns } from "@nrs/footprint";
 * const glpi = assetProfile("glpi")!;
 * console.log(assetProfileColumns(glpi, {}).get("entite")); // null
 * console.log(assetProfileColumns(glpi, { entites: { "Entité racine > Mairie": "epci" } }).get("entite")); // "entite"
 * ```
 */
export function assetProfileColumns(profile: AssetProfile, settings: AssetProfileSettings = {}): Map<string, AssetColumnKey | null> {
  const out = new Map<string, AssetColumnKey | null>();
  for (const [header, key] of Object.entries(profile.columns)) out.set(normalizeInventoryWord(header), key);
  if (settings.entites !== undefined) for (const h of profile.entityColumns) out.set(normalizeInventoryWord(h), "entite");
  if (settings.sites !== undefined) for (const h of profile.siteColumns) out.set(normalizeInventoryWord(h), "site");
  return out;
}

/**
 * The list of profiles for messages: `glpi (GLPI), ocs (OCS Inventory NG), snipeit (Snipe-IT)`.
 *
 * @example
 * ```ts
 * import { assetProfileList } from "@nrs/footprint";
 * console.log(assetProfileList()); // "glpi (GLPI), ocs (OCS Inventory NG), snipeit (Snipe-IT)"
 * ```
 */
export function assetProfileList(): string {
  return ASSET_PROFILES.map((p) => `${p.id} (${p.label.en})`).join(", ");
}

/** Whether a string is the id of a registered profile. @internal */
export function isAssetProfileId(id: string): id is AssetProfileId {
  return ASSET_PROFILES.some((p) => p.id === id);
}
