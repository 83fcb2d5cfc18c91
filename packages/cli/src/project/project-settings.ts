import type { Lang } from "@nrs/core";
import type { AssetProfileId, AssetProfileSettings, ColumnMapping, GlpiMappingOptions } from "@nrs/footprint";

/** The optional `nrs.json` of a project folder. */
export interface ProjectSettings {
  /** Language of messages and reports when `--lang` is not given. */
  readonly langue?: Lang;
  /**
   * Factor packs of your own (JSON files in `@nrs/footprint`'s `FactorPackInput` format, paths relative
   * to the folder), laid over the default pack in this order: a row with the same item, criterion and
   * stage replaces the default one.
   */
  readonly facteurs?: readonly string[];
  /**
   * How to read the inventory files that are not in the canonical format: a column mapping of your own
   * (`correspondance`), or an asset-manager export (`glpi`, `ocs`, `snipeit`, with the translations of the
   * site's type and entity names), for every `inventaire*.csv` of the year; `fichiers` gives one file
   * its own settings.
   */
  readonly inventaire?: InventorySettings;
}

/**
 * How to read one inventory file (`nrs.json` › `inventaire`, or one entry of its `fichiers`).
 *
 * @example
 * ```ts
 * import type { InventoryFileSettings } from "@nrs/cli";
 * const network: InventoryFileSettings = { profile: { id: "glpi", settings: { type: "switch" } } };
 * console.log(network.profile?.id); // glpi
 * ```
 */
export interface InventoryFileSettings {
  readonly correspondance?: ColumnMapping;
  readonly glpi?: GlpiMappingOptions | AssetProfileSettings;
  /** The column mapping given (`correspondance`). */
  readonly mapping?: ColumnMapping;
  /** The asset-manager profile given (`glpi`, `ocs` or `snipeit`) and its settings. */
  readonly profile?: { readonly id: AssetProfileId; readonly settings: AssetProfileSettings };
}

/**
 * `nrs.json` › `inventaire`: the settings of every inventory file, and those of named files (`fichiers`).
 *
 * @example
 * ```ts
 * import type { InventorySettings } from "@nrs/cli";
 * const s: InventorySettings = { fichiers: { "inventaire-ecoles.csv": {} } };
 * console.log(Object.keys(s.fichiers ?? {})); // ["inventaire-ecoles.csv"]
 * ```
 */
export interface InventorySettings extends InventoryFileSettings {
  /** Settings of one file (`inventaire-reseau.csv`), used instead of the common ones for that file. */
  readonly fichiers?: Readonly<Record<string, InventoryFileSettings>>;
}
