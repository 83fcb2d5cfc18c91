import type { DayOrder } from "../asset-export/asset-day.js";
import type { AssetProfileId, AssetProfileSettings } from "../asset-export/asset-profile.js";
import type { ColumnMapping } from "./column-mapping.js";

/**
 * Options shared by the inventory readers.
 *
 * @example
 * ```ts
 * import { parseInventoryCsv, type InventoryReadOptions } from "@nrs/footprint";
 * const options: InventoryReadOptions = { maxProblems: 10, mapping: { constants: { quantite: "1" } } };
 * console.log((await parseInventoryCsv("type\necran\n", options)).items[0]?.quantity); // 1
 * ```
 */
export interface InventoryReadOptions {
  /** How to read a file that is not in the canonical format (see {@link glpiColumnMapping}). */
  readonly mapping?: ColumnMapping;
  /** Stop listing problems after this many (they are still counted); 1000 by default. */
  readonly maxProblems?: number;
  /**
   * The entities a line may name in `entite` (an empty cell is not checked). Another value is the
   * error `NRS_UNKNOWN_ENTITY` at its cell, and the line is refused (counted in `badRows`). Without
   * it any entity is accepted: this package gives entities no meaning.
   *
   * @example
   * ```ts
   * import { parseInventoryCsv } from "@nrs/footprint";
   * const r = await parseInventoryCsv("type;quantite;entite\necran;1;26999\n", { knownEntities: ["epci", "26901"] });
   * console.log(r.items.length, r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // 0 NRS_UNKNOWN_ENTITY 2 9
   * ```
   */
  readonly knownEntities?: readonly string[];
  /**
   * The asset-manager profile to read the file with (`glpi`, `ocs`, `snipeit`), `canonical` for the
   * canonical format only, or absent to recognise a profile from the header (with a note). Ignored
   * when `mapping` is given.
   */
  readonly profile?: AssetProfileId | "canonical";
  /** The profile's settings: type, entity, status and site translations, day order (`nrs.json` › `inventaire` › `<profile>`). */
  readonly profileSettings?: AssetProfileSettings;
  /** Order of day and month in dates written with the year last (`dmy` unless said). */
  readonly dayOrder?: DayOrder;
  /** The reporting year: a retired asset is kept only when it left during or after this year. */
  readonly reportingYear?: number;
}
