import type { InventoryColumnKey } from "./inventory-columns.js";

/**
 * How to read an inventory whose columns are not in the canonical format (a GLPI export, a
 * spreadsheet of one's own): which header means which canonical column, values to use for columns the
 * file lacks, and translations of cell values (a GLPI type name such as "Portable" into a type code).
 * Headers and values are matched after {@link normalizeInventoryWord}.
 *
 * @example
 * ```ts
 * import { parseInventoryCsv, type ColumnMapping } from "@nrs/footprint";
 * const mapping: ColumnMapping = {
 *   name: "tableur du service informatique",
 *   columns: { "Catégorie": "type", "Nb": "quantite", "Service": null },
 *   values: { type: { "PC portable": "ordinateur_portable" } },
 * };
 * const r = await parseInventoryCsv("Catégorie;Nb;Service\nPC portable;3;Accueil\n", { mapping });
 * console.log(r.items[0]?.type, r.items[0]?.quantity); // ordinateur_portable 3
 * ```
 */
export interface ColumnMapping {
  /** A name shown in messages (e.g. `glpi`). */
  readonly name?: string;
  /** Header as written in the file → canonical column, or `null` to ignore that column silently. */
  readonly columns?: Readonly<Record<string, InventoryColumnKey | null>>;
  /** Values for canonical columns the file does not have (e.g. `{ quantite: "1" }` for one-item-per-row exports). */
  readonly constants?: Readonly<Partial<Record<InventoryColumnKey, string>>>;
  /** Per canonical column, cell value as written → value in the canonical format; a `type` mapped to `null` leaves its lines out (counted in `stats.leftOut`). */
  readonly values?: Readonly<Partial<Record<InventoryColumnKey, Readonly<Record<string, string | null>>>>>;
}

/**
 * Options of {@link glpiColumnMapping}.
 *
 * @example
 * ```ts
 * import { glpiColumnMapping, type GlpiMappingOptions } from "@nrs/footprint";
 * const options: GlpiMappingOptions = { type: "ecran", entities: { "Entité racine > Mairie": "26901" } };
 * console.log(glpiColumnMapping(options).constants); // { quantite: "1", type: "ecran" }
 * ```
 */
export interface GlpiMappingOptions {
  /** The type of every row when the export holds one GLPI asset type (Monitors → `"ecran"`). */
  readonly type?: string;
  /** Translations of GLPI type names (the site's own dropdown values) into type codes. */
  readonly types?: Readonly<Record<string, string | null>>;
  /** Translations of GLPI entity names (e.g. `"Entité racine > Ville A"`) into entity codes. */
  readonly entities?: Readonly<Record<string, string>>;
}

/**
 * A mapping for the CSV export of a GLPI asset search (one row per asset). Only field labels checked
 * in GLPI's public code and documentation are mapped (see `docs/formats/inventaire.md` for the
 * citations): `Date of purchase` / `Date d'achat` (`buy_date`), `Decommission date`
 * (`decommission_date`), `Entity` (`entities_id`), `Inventory number` (`otherserial`), `Type`.
 * Every row counts for one item. GLPI's `Location` is a building or room, not an electricity grid, so
 * it is ignored; so is `Startup date` (the purchase date is used). GLPI type and entity names are
 * each site's own: pass their translations.
 *
 * @example
 * ```ts
 * import { glpiColumnMapping, parseInventoryCsv } from "@nrs/footprint";
 * const csv = "Name;Entity;Type;Date of purchase\nPC-001;Mairie;Portable;2021-03-15\n";
 * const mapping = glpiColumnMapping({ types: { Portable: "ordinateur_portable" }, entities: { Mairie: "epci" } });
 * const r = await parseInventoryCsv(csv, { mapping });
 * console.log(r.items[0]?.entity, r.items[0]?.acquisitionDate); // epci 2021-03-15
 * ```
 */
export function glpiColumnMapping(options: GlpiMappingOptions = {}): ColumnMapping {
  const constants: Partial<Record<InventoryColumnKey, string>> = { quantite: "1" };
  if (options.type !== undefined) constants.type = options.type;
  const values: Partial<Record<InventoryColumnKey, Readonly<Record<string, string | null>>>> = {};
  if (options.types) values.type = options.types;
  if (options.entities) values.entite = options.entities;
  return {
    name: "glpi",
    columns: {
      Type: "type",
      "Date of purchase": "date_acquisition",
      "Date d'achat": "date_acquisition",
      buy_date: "date_acquisition",
      "Decommission date": "date_sortie",
      decommission_date: "date_sortie",
      Entity: "entite",
      entities_id: "entite",
      "Inventory number": "identifiant",
      otherserial: "identifiant",
      Name: null,
      Location: null,
      "Startup date": null,
      use_date: null,
    },
    constants,
    values,
  };
}
