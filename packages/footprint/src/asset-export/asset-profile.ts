import type { Message } from "@nrs/core";
import type { InventoryColumnKey } from "../inventory/inventory-columns.js";
import type { DayOrder } from "./asset-day.js";

/**
 * A column an asset-manager export can feed: a column of the canonical inventory format, or the asset's
 * status (`statut`, read with the status vocabulary) or where it sits (`site`).
 *
 * @example
 * ```ts
 * import { ASSET_PROFILES, type AssetColumnKey } from "@nrs/footprint";
 * const key: AssetColumnKey | null | undefined = ASSET_PROFILES.find((p) => p.id === "glpi")?.columns["Statut"];
 * console.log(key); // "statut"
 * ```
 */
export type AssetColumnKey = InventoryColumnKey | "statut" | "site";

/**
 * The asset managers whose exports are read without a hand-written mapping.
 *
 * @example
 * ```ts
 * import { ASSET_PROFILES, type AssetProfileId } from "@nrs/footprint";
 * const ids: AssetProfileId[] = ASSET_PROFILES.map((p) => p.id);
 * console.log(ids); // ["glpi", "ocs", "snipeit"]
 * ```
 */
export type AssetProfileId = "glpi" | "ocs" | "snipeit";

/**
 * One entry of the asset-manager profile registry: how to recognise its CSV export from the header,
 * what each of its columns means (`null`: a column the profile knows and does not need, read
 * silently), and how it writes rows, dates and statuses. Every label carries where it was read
 * (`docs/formats/inventaire.md` lists the citations).
 *
 * @example
 * ```ts
 * import { ASSET_PROFILES, type AssetProfile } from "@nrs/footprint";
 * const ocs: AssetProfile | undefined = ASSET_PROFILES.find((p) => p.id === "ocs");
 * console.log(ocs?.needsType, ocs?.setting); // true "ocs"
 * ```
 */
export interface AssetProfile {
  /** Registry key, also the key of the setting under `inventaire` in `nrs.json`. */
  readonly id: AssetProfileId;
  /** The setting's name under `inventaire` (the same as `id`). */
  readonly setting: AssetProfileId;
  /** Product name, in French and English. */
  readonly label: Message;
  /**
   * Header names (as exported, any language the profile knows) of which a header must hold every one
   * of at least one set to be recognised as this profile.
   */
  readonly signatures: readonly (readonly string[])[];
  /** Header as exported → column, or `null` for a known column the footprint does not need. */
  readonly columns: Readonly<Record<string, AssetColumnKey | null>>;
  /**
   * The header that names the owning entity (a site-specific name such as `Entité racine > Mairie`):
   * read as `entite` only when the setting gives `entites` translations, else read silently.
   */
  readonly entityColumns: readonly string[];
  /**
   * The header that names where the asset sits (a building, a school): read as `site` only when the
   * setting gives `sites` translations, else read silently.
   */
  readonly siteColumns: readonly string[];
  /** One row per asset: the quantity is 1 when the file has no quantity column. */
  readonly oneRowPerAsset: boolean;
  /** The export carries no device type: the setting must give one (`type`) or translate a column. */
  readonly needsType: boolean;
  /** Day order the profile assumes for dates written with the year last. */
  readonly dayOrder: DayOrder;
  /** Where the labels were read (repository, file, commit), for the docs and the note. */
  readonly source: string;
}

/**
 * The settings of a profile under `inventaire` in `nrs.json` (`{ "glpi": {} }` is enough for a French
 * GLPI export using common type names), each optional.
 *
 * @example
 * ```ts
 * import type { AssetProfileSettings } from "@nrs/footprint";
 * const glpi: AssetProfileSettings = { types: { "Portable Dell": "ordinateur_portable", "Imprimante réseau": "imprimante" }, ordreDate: "mdy" };
 * console.log(Object.keys(glpi)); // ["types", "ordreDate"]
 * ```
 */
export interface AssetProfileSettings {
  /** The type of every row (a Monitors export → `ecran`). */
  readonly type?: string;
  /** A site's type names → type codes, or `null` to leave such rows out. */
  readonly types?: Readonly<Record<string, string | null>>;
  /** A site's entity names → entity codes (`epci` or an INSEE code). */
  readonly entites?: Readonly<Record<string, string>>;
  /** A site's status names → `en_service`, `en_stock` or `sorti`. */
  readonly statuts?: Readonly<Record<string, "en_service" | "en_stock" | "sorti">>;
  /** A site's location names → site/usage (`agents`, `ecoles`, `espace_public`…). */
  readonly sites?: Readonly<Record<string, string>>;
  /** Order of day and month when the year is last: `dmy` (default) or `mdy` (GLPI's MM-DD-YYYY). */
  readonly ordreDate?: DayOrder;
}
