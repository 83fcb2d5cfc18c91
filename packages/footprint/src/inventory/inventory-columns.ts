import type { Message } from "@nrs/core";
import { normalizeInventoryWord } from "./normalize-word.js";

/**
 * The canonical (French) name of a column of the inventory format.
 *
 * @example
 * ```ts
 * import { resolveInventoryColumn, type InventoryColumnKey } from "@nrs/footprint";
 * const key: InventoryColumnKey | undefined = resolveInventoryColumn("Date d'achat");
 * console.log(key); // "date_acquisition"
 * ```
 */
export type InventoryColumnKey =
  | "type"
  | "quantite"
  | "date_acquisition"
  | "date_sortie"
  | "duree_vie_annees"
  | "origine"
  | "localisation"
  | "consommation_kwh_an"
  | "entite"
  | "identifiant"
  | "modele"
  | "commentaire"
  | "statut"
  | "site";

/**
 * One column of the inventory format: canonical name, accepted aliases, whether it is required, meaning.
 *
 * @example
 * ```ts
 * import { INVENTORY_COLUMNS, type InventoryColumnDefinition } from "@nrs/footprint";
 * const kwh: InventoryColumnDefinition | undefined = INVENTORY_COLUMNS.find((c) => c.key === "consommation_kwh_an");
 * console.log(kwh?.aliases.includes("annual_kwh")); // true
 * ```
 */
export interface InventoryColumnDefinition {
  /** Canonical (French) column name. */
  readonly key: InventoryColumnKey;
  /** Other accepted header names (English names, common French variants). */
  readonly aliases: readonly string[];
  /** Whether every file must have the column (or a mapping constant for it). */
  readonly required: boolean;
  /** Meaning and expected values, in French and English. */
  readonly description: Message;
}

// The reader needs the names only: the descriptions stay out of a bundle that parses inventories
// without listing the format.
const COLUMNS: readonly Omit<InventoryColumnDefinition, "description">[] = [
  { key: "type", aliases: ["type_equipement", "categorie", "device_type", "equipment_type", "kind"], required: true },
  { key: "quantite", aliases: ["quantité", "nombre", "nb", "quantity", "qty", "count"], required: true },
  {
    key: "date_acquisition",
    aliases: ["date_achat", "date_d_achat", "date_mise_en_service", "acquisition_date", "purchase_date"],
    required: false,
  },
  { key: "date_sortie", aliases: ["date_reforme", "date_de_sortie", "retirement_date", "decommission_date"], required: false },
  {
    key: "duree_vie_annees",
    aliases: ["duree_de_vie", "duree_vie", "duree_de_vie_annees", "lifetime_years", "lifespan_years", "lifetime"],
    required: false,
  },
  { key: "origine", aliases: ["provenance", "origin"], required: false },
  { key: "localisation", aliases: ["pays", "zone", "location", "country", "grid"], required: false },
  {
    key: "consommation_kwh_an",
    aliases: ["consommation", "kwh_an", "consommation_annuelle_kwh", "annual_kwh", "kwh_per_year", "energy_kwh_per_year"],
    required: false,
  },
  { key: "entite", aliases: ["entité", "collectivite", "commune", "entity", "organisation", "organization"], required: false },
  { key: "identifiant", aliases: ["id", "numero_inventaire", "asset_tag", "inventory_number"], required: false },
  { key: "modele", aliases: ["model"], required: false },
  { key: "commentaire", aliases: ["remarque", "notes", "comment"], required: false },
  { key: "statut", aliases: ["etat", "status", "state"], required: false },
  { key: "site", aliases: ["usage", "lieu_d_usage", "perimetre", "use"], required: false },
];

const DESCRIPTIONS: Readonly<Record<InventoryColumnKey, Message>> = {
  type: { fr: "Type d'équipement (code ou alias, voir la liste).", en: "Equipment type (code or alias, see the list)." },
  quantite: {
    fr: "Nombre d'équipements identiques sur la ligne (entier ≥ 1).",
    en: "Number of identical items on the line (whole number ≥ 1).",
  },
  date_acquisition: {
    fr: "Date d'entrée dans le parc (AAAA-MM-JJ ou JJ/MM/AAAA).",
    en: "Date the items entered the estate (YYYY-MM-DD or DD/MM/YYYY).",
  },
  date_sortie: { fr: "Date de sortie du parc, si sortis.", en: "Date the items left the estate, if they did." },
  duree_vie_annees: {
    fr: "Durée d'usage prévue en années (sinon la valeur par défaut du type).",
    en: "Expected service life in years (else the type's default).",
  },
  origine: { fr: "neuf, reemploi ou reconditionne (neuf par défaut).", en: "new, reused or refurbished (new by default)." },
  localisation: {
    fr: "Zone du réseau électrique où l'équipement est utilisé (FR par défaut).",
    en: "Electricity grid zone where the item is used (FR by default).",
  },
  consommation_kwh_an: {
    fr: "Électricité mesurée en kWh par an pour toute la ligne (sinon estimée).",
    en: "Measured electricity in kWh per year for the whole line (else estimated).",
  },
  entite: {
    fr: "Entité propriétaire : « epci » ou code INSEE d'une commune membre.",
    en: 'Owning entity: "epci" or a member commune\'s INSEE code.',
  },
  identifiant: { fr: "Identifiant libre (numéro d'inventaire).", en: "Free identifier (inventory number)." },
  modele: { fr: "Modèle (texte libre).", en: "Model (free text)." },
  commentaire: { fr: "Commentaire libre.", en: "Free comment." },
  statut: {
    fr: "Statut : en service et en stock sont comptés, sorti (rebut, réformé, HS…) est écarté sauf sortie dans l'année.",
    en: "Status: in service and in stock are counted, retired (scrapped, disposed…) is left out unless it left during the year.",
  },
  site: {
    fr: "Où l'équipement sert : agents, ecoles, espace_public… (texte libre, pour ventiler l'empreinte).",
    en: "Where the item serves: agents, ecoles, espace_public… (free text, to split the footprint).",
  },
};

/** The columns every file must have (or a mapping constant for). */
export const REQUIRED_INVENTORY_COLUMNS: readonly InventoryColumnKey[] = /* @__PURE__ */ COLUMNS.filter((c) => c.required).map(
  (c) => c.key,
);

/**
 * The columns of the canonical inventory format (CSV header or JSON keys). Names are matched after
 * {@link normalizeInventoryWord}, so case, accents and spaces do not matter.
 *
 * @example
 * ```ts
 * import { INVENTORY_COLUMNS } from "@nrs/footprint";
 * console.log(INVENTORY_COLUMNS.filter((c) => c.required).map((c) => c.key)); // ["type", "quantite"]
 * ```
 */
export const INVENTORY_COLUMNS: readonly InventoryColumnDefinition[] = /* @__PURE__ */ COLUMNS.map((c) => ({
  ...c,
  description: DESCRIPTIONS[c.key],
}));

const COLUMN_INDEX: Map<string, InventoryColumnKey> = (() => {
  const index = new Map<string, InventoryColumnKey>();
  for (const c of COLUMNS) {
    index.set(normalizeInventoryWord(c.key), c.key);
    for (const a of c.aliases) index.set(normalizeInventoryWord(a), c.key);
  }
  return index;
})();

/**
 * Finds the canonical column a header names, or `undefined` for a column the format does not know.
 *
 * @example
 * ```ts
 * import { resolveInventoryColumn } from "@nrs/footprint";
 * console.log(resolveInventoryColumn("Quantity")); // "quantite"
 * console.log(resolveInventoryColumn("Durée de vie (années)")); // "duree_vie_annees"
 * ```
 */
export function resolveInventoryColumn(header: string): InventoryColumnKey | undefined {
  return COLUMN_INDEX.get(normalizeInventoryWord(header));
}
