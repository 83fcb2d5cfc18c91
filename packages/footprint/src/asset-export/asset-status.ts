import { normalizeInventoryWord } from "../inventory/normalize-word.js";

/**
 * What an asset's status means for the footprint: `en_service` (in use, lent, under repair: counted),
 * `en_stock` (owned, not in use: counted for its manufacturing, no electricity), `sorti` (scrapped,
 * retired, sold, lost: left out unless it left during the reporting year).
 *
 * @example
 * ```ts
 * import { resolveAssetStatus, type AssetStatus } from "@nrs/footprint";
 * const s: AssetStatus | undefined = resolveAssetStatus("Au rebut");
 * console.log(s); // "sorti"
 * ```
 */
export type AssetStatus = "en_service" | "en_stock" | "sorti";

/**
 * The status values read without any setting, French and English, matched after
 * {@link normalizeInventoryWord} (case, accents, spaces and hyphens free). Asset managers let each site
 * name its statuses (GLPI has none by default), so a site's own words go in the `statuts` setting.
 *
 * @example
 * ```ts
 * import { ASSET_STATUS_WORDS } from "@nrs/footprint";
 * console.log(ASSET_STATUS_WORDS.sorti.includes("rebut")); // true
 * ```
 */
export const ASSET_STATUS_WORDS: Readonly<Record<AssetStatus, readonly string[]>> = {
  en_service: [
    "en service",
    "en production",
    "production",
    "en utilisation",
    "utilise",
    "en usage",
    "actif",
    "active",
    "affecte",
    "attribue",
    "deploye",
    "en pret",
    "prete",
    "en reparation",
    "en maintenance",
    "en diagnostic",
    "in service",
    "in use",
    "deployed",
    "assigned",
    "checked out",
    "on loan",
    "loaned",
    "under repair",
    "out for repair",
    "out for diagnostics",
    "repair",
    "maintenance",
  ],
  en_stock: [
    "en stock",
    "stock",
    "stocke",
    "en reserve",
    "reserve",
    "disponible",
    "de rechange",
    "en attente",
    "a deployer",
    "neuf",
    "in stock",
    "stocked",
    "spare",
    "available",
    "pending",
    "ready to deploy",
    "deployable",
  ],
  sorti: [
    "rebut",
    "au rebut",
    "mis au rebut",
    "hs",
    "hors service",
    "hors d'usage",
    "reforme",
    "a reformer",
    "sorti",
    "sorti du parc",
    "retire",
    "detruit",
    "recycle",
    "vendu",
    "cede",
    "donne",
    "perdu",
    "vole",
    "perdu vole",
    "casse",
    "obsolete",
    "archive",
    "retired",
    "scrapped",
    "disposed",
    "decommissioned",
    "archived",
    "destroyed",
    "recycled",
    "sold",
    "donated",
    "lost",
    "stolen",
    "lost stolen",
    "broken",
    "broken not fixable",
    "undeployable",
    "end of life",
  ],
};

const INDEX: ReadonlyMap<string, AssetStatus> = (() => {
  const index = new Map<string, AssetStatus>();
  for (const [status, words] of Object.entries(ASSET_STATUS_WORDS) as [AssetStatus, readonly string[]][]) {
    for (const w of words) index.set(normalizeInventoryWord(w), status);
  }
  return index;
})();

// Snipe-IT writes a status as "name (meta)", e.g. "Ready to Deploy (deployable)": the meta is its own
// fixed vocabulary (deployed, deployable, pending, archived, undeployable).
const TRAILING_META = /^(.*?)\s*\(([^()]*)\)\s*$/;

/**
 * The meaning of a status cell, or `undefined` for a value nobody declared. `own` (the `statuts`
 * setting: a site's value → status, or `null` to ignore the value) is looked up first, then the
 * built-in words; a trailing `(…)` is tried alone when the whole text is unknown.
 *
 * @example
 * ```ts
 * import { resolveAssetStatus } from "@nrs/footprint";
 * console.log(resolveAssetStatus("En service")); // "en_service"
 * console.log(resolveAssetStatus("HS")); // "sorti"
 * console.log(resolveAssetStatus("Ready to Deploy (deployable)")); // "en_stock"
 * console.log(resolveAssetStatus("Prêt école", { "Prêt école": "en_service" })); // "en_service"
 * console.log(resolveAssetStatus("Mystère")); // undefined
 * ```
 */
export function resolveAssetStatus(text: string, own?: Readonly<Record<string, AssetStatus>>): AssetStatus | undefined {
  const key = normalizeInventoryWord(text);
  if (own !== undefined) {
    for (const [word, status] of Object.entries(own)) if (normalizeInventoryWord(word) === key) return status;
  }
  const found = INDEX.get(key);
  if (found !== undefined) return found;
  const meta = TRAILING_META.exec(text.trim());
  if (meta !== null) return resolveAssetStatus(meta[1] as string, own) ?? INDEX.get(normalizeInventoryWord(meta[2] as string));
  return undefined;
}

/**
 * Whether a value names one of the three statuses (for settings validation).
 *
 * @example
 * ```ts
 * import { isAssetStatus } from "@nrs/footprint";
 * console.log(isAssetStatus("en_stock"), isAssetStatus("stock")); // true false
 * ```
 */
export function isAssetStatus(value: unknown): value is AssetStatus {
  return value === "en_service" || value === "en_stock" || value === "sorti";
}
