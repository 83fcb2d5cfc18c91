import type { Message } from "@nrs/core";

/**
 * Lower-cases, strips accents and turns spaces, hyphens and dots into `_`, so that `Ordinateur portable`,
 * `ordinateur-portable` and `ORDINATEUR_PORTABLE` are the same word.
 *
 * @example
 * ```ts
 * import { normalizeInventoryWord } from "@nrs/footprint";
 * console.log(normalizeInventoryWord(" Durée de vie (années) ")); // "duree_de_vie_annees"
 * ```
 */
export function normalizeInventoryWord(text: string): string {
  return text
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[()[\]]/g, "")
    .replace(/[\s\-.'’/]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/**
 * What an inventory line describes: an end-user device or peripheral, or a server.
 *
 * @example
 * ```ts
 * import { resolveInventoryType, type InventoryKind } from "@nrs/footprint";
 * const kind: InventoryKind | undefined = resolveInventoryType("server")?.kind;
 * console.log(kind); // "server"
 * ```
 */
export type InventoryKind = "terminal" | "peripheral" | "server";

/**
 * One equipment type of the canonical inventory format: its canonical French code, the other spellings
 * accepted (English included), a French and English label, and its kind.
 *
 * @example
 * ```ts
 * import { INVENTORY_TYPES, type InventoryTypeDefinition } from "@nrs/footprint";
 * const t: InventoryTypeDefinition | undefined = INVENTORY_TYPES.find((d) => d.code === "ecran");
 * console.log(t?.label.en); // "Monitor"
 * ```
 */
export interface InventoryTypeDefinition {
  /** Canonical French code, also the item of the factor pack rows. */
  readonly code: string;
  /** Other accepted spellings (English names, common French variants). */
  readonly aliases: readonly string[];
  /** Name in French and English. */
  readonly label: Message;
  /** End-user device, peripheral or server. */
  readonly kind: InventoryKind;
}

// The reader and the calculators need codes, aliases and kinds only: the labels stay out of a bundle
// that reads inventories without listing the vocabulary.
const TYPES: readonly Omit<InventoryTypeDefinition, "label">[] = [
  { code: "ordinateur_portable", aliases: ["portable", "pc_portable", "laptop", "notebook"], kind: "terminal" },
  { code: "ordinateur_fixe", aliases: ["fixe", "pc_fixe", "unite_centrale", "ordinateur_de_bureau", "desktop", "desktop_computer"], kind: "terminal" },
  { code: "ecran", aliases: ["moniteur", "ecran_ordinateur", "monitor", "screen", "display"], kind: "peripheral" },
  { code: "smartphone", aliases: ["telephone_mobile", "mobile", "ordiphone", "mobile_phone"], kind: "terminal" },
  { code: "telephone_basique", aliases: ["mobile_basique", "feature_phone", "basic_phone"], kind: "terminal" },
  { code: "tablette", aliases: ["tablet"], kind: "terminal" },
  { code: "imprimante", aliases: ["multifonction", "printer"], kind: "peripheral" },
  { code: "videoprojecteur", aliases: ["projecteur", "video_projecteur", "projector", "video_projector", "videoprojector"], kind: "peripheral" },
  { code: "televiseur", aliases: ["television", "tele", "tv"], kind: "peripheral" },
  { code: "box_internet", aliases: ["box", "internet_box"], kind: "peripheral" },
  { code: "disque_dur_externe", aliases: ["disque_externe", "external_hdd", "external_hard_drive"], kind: "peripheral" },
  { code: "ssd_externe", aliases: ["external_ssd"], kind: "peripheral" },
  { code: "cle_usb", aliases: ["usb_key", "usb_stick"], kind: "peripheral" },
  { code: "serveur", aliases: ["server"], kind: "server" },
];

const TYPE_LABELS: Readonly<Record<string, Message>> = {
  ordinateur_portable: { fr: "Ordinateur portable", en: "Laptop" },
  ordinateur_fixe: { fr: "Ordinateur fixe (sans écran)", en: "Desktop computer (without screen)" },
  ecran: { fr: "Écran", en: "Monitor" },
  smartphone: { fr: "Smartphone", en: "Smartphone" },
  telephone_basique: { fr: "Téléphone mobile basique", en: "Feature phone" },
  tablette: { fr: "Tablette", en: "Tablet" },
  imprimante: { fr: "Imprimante", en: "Printer" },
  videoprojecteur: { fr: "Vidéoprojecteur", en: "Video projector" },
  televiseur: { fr: "Téléviseur", en: "Television" },
  box_internet: { fr: "Box internet", en: "Internet box" },
  disque_dur_externe: { fr: "Disque dur externe", en: "External hard drive" },
  ssd_externe: { fr: "SSD externe", en: "External SSD" },
  cle_usb: { fr: "Clé USB", en: "USB key" },
  serveur: { fr: "Serveur", en: "Server" },
};

/**
 * The equipment types of the canonical inventory format. Codes are French; aliases (English, common
 * French variants) are accepted in files and turned into the code. They cover the device families for
 * which ADEME publishes figures (see `docs/formats/inventaire.md`).
 *
 * @example
 * ```ts
 * import { INVENTORY_TYPES } from "@nrs/footprint";
 * console.log(INVENTORY_TYPES.map((t) => t.code).includes("ordinateur_portable")); // true
 * ```
 */
export const INVENTORY_TYPES: readonly InventoryTypeDefinition[] = /* @__PURE__ */ TYPES.map(({ code, aliases, kind }) => ({ code, aliases, label: TYPE_LABELS[code]!, kind }));

/**
 * How a device entered the estate; it decides how its manufacturing impact is allocated.
 *
 * @example
 * ```ts
 * import { resolveInventoryOrigin, type InventoryOrigin } from "@nrs/footprint";
 * const o: InventoryOrigin | undefined = resolveInventoryOrigin("refurbished");
 * console.log(o); // "reconditionne"
 * ```
 */
export type InventoryOrigin = "neuf" | "reemploi" | "reconditionne";

/**
 * One accepted value of the `origine` column.
 *
 * @example
 * ```ts
 * import { INVENTORY_ORIGINS, type InventoryOriginDefinition } from "@nrs/footprint";
 * const reuse: InventoryOriginDefinition | undefined = INVENTORY_ORIGINS.find((o) => o.code === "reemploi");
 * console.log(reuse?.label.fr); // "Réemploi"
 * ```
 */
export interface InventoryOriginDefinition {
  /** Canonical code. */
  readonly code: InventoryOrigin;
  /** Other accepted spellings. */
  readonly aliases: readonly string[];
  /** Name in French and English. */
  readonly label: Message;
}

const ORIGINS: readonly Omit<InventoryOriginDefinition, "label">[] = [
  { code: "neuf", aliases: ["new", "achat_neuf"] },
  { code: "reemploi", aliases: ["occasion", "seconde_main", "reused", "second_hand", "reuse"] },
  { code: "reconditionne", aliases: ["refurbished", "reconditioned"] },
];

const ORIGIN_LABELS: Readonly<Record<InventoryOrigin, Message>> = {
  neuf: { fr: "Neuf", en: "New" },
  reemploi: { fr: "Réemploi", en: "Reused" },
  reconditionne: { fr: "Reconditionné", en: "Refurbished" },
};

/**
 * The accepted values of the `origine` column, with their aliases.
 *
 * @example
 * ```ts
 * import { INVENTORY_ORIGINS } from "@nrs/footprint";
 * console.log(INVENTORY_ORIGINS.find((o) => o.aliases.includes("refurbished"))?.code); // "reconditionne"
 * ```
 */
export const INVENTORY_ORIGINS: readonly InventoryOriginDefinition[] = /* @__PURE__ */ ORIGINS.map(({ code, aliases }) => ({ code, aliases, label: ORIGIN_LABELS[code] }));

function buildIndex<T extends { readonly code: string; readonly aliases: readonly string[] }>(defs: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const d of defs) {
    index.set(normalizeInventoryWord(d.code), d);
    for (const a of d.aliases) index.set(normalizeInventoryWord(a), d);
  }
  return index;
}

const LEAN_TYPE_INDEX = buildIndex(TYPES);
const ORIGIN_INDEX = buildIndex(ORIGINS);
let typeIndex: Map<string, InventoryTypeDefinition> | undefined;

/**
 * Finds the equipment type a cell names (code or alias, any case, with or without accents).
 *
 * @example
 * ```ts
 * import { resolveInventoryType } from "@nrs/footprint";
 * console.log(resolveInventoryType("Laptop")?.code); // "ordinateur_portable"
 * console.log(resolveInventoryType("grille-pain")); // undefined
 * ```
 */
export function resolveInventoryType(text: string): InventoryTypeDefinition | undefined {
  typeIndex ??= buildIndex(INVENTORY_TYPES);
  return typeIndex.get(normalizeInventoryWord(text));
}

/** `resolveInventoryType` without the label, for the reader and the calculators. @internal */
export function resolveInventoryTypeCode(text: string): Omit<InventoryTypeDefinition, "label"> | undefined {
  return LEAN_TYPE_INDEX.get(normalizeInventoryWord(text));
}

/**
 * Finds the origin a cell names (code or alias).
 *
 * @example
 * ```ts
 * import { resolveInventoryOrigin } from "@nrs/footprint";
 * console.log(resolveInventoryOrigin("Réemploi")); // "reemploi"
 * ```
 */
export function resolveInventoryOrigin(text: string): InventoryOrigin | undefined {
  return ORIGIN_INDEX.get(normalizeInventoryWord(text))?.code;
}
