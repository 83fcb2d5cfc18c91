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
   * How to read an inventory that is not in the canonical format: a column mapping of your own
   * (`correspondance`), or the CSV export of a GLPI asset search (`glpi`, with the translations of the
   * site's type and entity names). The resolved mapping is in `mapping`.
   */
  readonly inventaire?: {
    readonly correspondance?: ColumnMapping;
    readonly glpi?: GlpiMappingOptions | AssetProfileSettings;
    /** The column mapping given (`correspondance`). */
    readonly mapping?: ColumnMapping;
    /** The asset-manager profile given (`glpi`, `ocs` or `snipeit`) and its settings. */
    readonly profile?: { readonly id: AssetProfileId; readonly settings: AssetProfileSettings };
  };
}
