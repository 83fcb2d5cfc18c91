import type { ColumnMapping } from "../inventory/column-mapping.js";
import type { InventoryColumnKey } from "../inventory/inventory-columns.js";
import type { AssetProfile, AssetProfileSettings } from "./asset-profile.js";
import { assetProfileColumns } from "./detect-asset-profile.js";

/**
 * The column mapping that reads a profile's export under given settings: the profile's columns (its
 * known-but-unneeded ones ignored silently), a quantity of 1 per row, the settings' type for every row,
 * and their translations of types (`null` leaves a type's lines out), entities and sites.
 *
 * @example
 * ```ts
 * import { assetProfile, assetProfileMapping, parseInventoryCsv } from "@nrs/footprint";
 * const mapping = assetProfileMapping(assetProfile("glpi")!, { types: { "Écran tactile": null } });
 * const csv = "Nom;Entité;Statut;Type;Date d'achat\nPC-1;Mairie;En service;Portable;22-07-2020\nT-1;Mairie;En service;Écran tactile;\n";
 * const r = await parseInventoryCsv(csv, { mapping });
 * console.log(r.items.map((i) => [i.type, i.acquisitionDate]), r.stats.leftOut); // [["ordinateur_portable", "2020-07-22"]] { excludedType: { rows: 1, quantity: 1 } }
 * ```
 */
export function assetProfileMapping(profile: AssetProfile, settings: AssetProfileSettings = {}): ColumnMapping {
  const columns: Record<string, InventoryColumnKey | null> = {};
  for (const [header, key] of assetProfileColumns(profile, settings)) columns[header] = key;
  const constants: Partial<Record<InventoryColumnKey, string>> = {};
  if (profile.oneRowPerAsset) constants.quantite = "1";
  if (settings.type !== undefined) constants.type = settings.type;
  const values: Partial<Record<InventoryColumnKey, Readonly<Record<string, string | null>>>> = {};
  if (settings.types !== undefined) values.type = settings.types;
  if (settings.entites !== undefined) values.entite = settings.entites;
  if (settings.sites !== undefined) values.site = settings.sites;
  return { name: profile.id, columns, constants, values };
}
