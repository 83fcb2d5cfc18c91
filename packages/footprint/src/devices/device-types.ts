import type { Message } from "@nrs/core";

/**
 * What a device type is: an end-user device, a peripheral, or a server (computed as hosting does:
 * 24 hours a day, times the room's PUE).
 *
 * @example
 * ```ts
 * import { DEVICE_TYPES, type DeviceKind } from "@nrs/footprint";
 * const kinds: DeviceKind[] = [...new Set(DEVICE_TYPES.map((t) => t.kind))];
 * console.log(kinds); // ["terminal", "peripheral", "server"]
 * ```
 */
export type DeviceKind = "terminal" | "peripheral" | "server";

/**
 * A pack row that a device type's footprint reads: an embodied stage of its `gwp` (per unit), or a
 * use parameter (`lifetime` in years, `power` in W, `hoursPerDay`). Its `item` in the pack is the type code.
 *
 * @example
 * ```ts
 * import { DEVICE_TYPES, type DeviceFactorKey } from "@nrs/footprint";
 * const keys: readonly DeviceFactorKey[] | undefined = DEVICE_TYPES.find((t) => t.code === "serveur")?.factors;
 * console.log(keys); // ["manufacturing", "lifetime", "power"]
 * ```
 */
export type DeviceFactorKey = "manufacturing" | "distribution" | "endOfLife" | "lifetime" | "power" | "hoursPerDay";

/**
 * One entry of the device-type registry: the canonical French code (also the `item` of its factor-pack
 * rows), the other spellings accepted in French and in English, a French and English label, its kind,
 * and the pack rows its footprint reads.
 *
 * @example
 * ```ts
 * import { DEVICE_TYPES, type DeviceTypeDefinition } from "@nrs/footprint";
 * const t: DeviceTypeDefinition | undefined = DEVICE_TYPES.find((d) => d.code === "tablette");
 * console.log(t?.aliases.en, t?.label.fr); // ["tablet"] "Tablette"
 * ```
 */
export interface DeviceTypeDefinition {
  /** Canonical French code, also the `item` of the type's factor-pack rows. */
  readonly code: string;
  /** Other accepted spellings (any case, with or without accents), French ones and English ones. */
  readonly aliases: { readonly fr: readonly string[]; readonly en: readonly string[] };
  /** Name in French and English. */
  readonly label: Message;
  /** End-user device, peripheral or server. */
  readonly kind: DeviceKind;
  /** The pack rows its footprint reads (a missing `manufacturing` row leaves the type uncomputed). */
  readonly factors: readonly DeviceFactorKey[];
}

// What an end-user device or peripheral reads from the pack (ADEME's device figures), and a server
// (hours default to 24 a day; the data-centre PUE is a row of its own).
const END_USER: readonly DeviceFactorKey[] = ["manufacturing", "distribution", "endOfLife", "lifetime", "power", "hoursPerDay"];
const SERVER: readonly DeviceFactorKey[] = ["manufacturing", "lifetime", "power"];

/**
 * The device-type registry: the one list from which the inventory reader's accepted types, its error
 * texts, `INVENTORY_TYPES` and the documentation's table derive. Adding a type is one entry here plus
 * its rows in a factor pack (see `docs/contributing.md`).
 *
 * @example
 * ```ts
 * import { DEVICE_TYPES } from "@nrs/footprint";
 * console.log(DEVICE_TYPES[0]?.code, DEVICE_TYPES.some((t) => t.aliases.en.includes("laptop"))); // "ordinateur_portable" true
 * ```
 */
export const DEVICE_TYPES: readonly DeviceTypeDefinition[] = [
  {
    code: "ordinateur_portable", aliases: { fr: ["portable", "pc_portable"], en: ["laptop", "notebook"] },
    label: { fr: "Ordinateur portable", en: "Laptop" }, kind: "terminal", factors: END_USER,
  },
  {
    code: "ordinateur_fixe", aliases: { fr: ["fixe", "pc_fixe", "unite_centrale", "ordinateur_de_bureau"], en: ["desktop", "desktop_computer"] },
    label: { fr: "Ordinateur fixe (sans écran)", en: "Desktop computer (without screen)" }, kind: "terminal", factors: END_USER,
  },
  {
    code: "ecran", aliases: { fr: ["moniteur", "ecran_ordinateur"], en: ["monitor", "screen", "display"] },
    label: { fr: "Écran", en: "Monitor" }, kind: "peripheral", factors: END_USER,
  },
  {
    code: "smartphone", aliases: { fr: ["telephone_mobile", "mobile", "ordiphone"], en: ["mobile_phone"] },
    label: { fr: "Smartphone", en: "Smartphone" }, kind: "terminal", factors: END_USER,
  },
  {
    code: "telephone_basique", aliases: { fr: ["mobile_basique"], en: ["feature_phone", "basic_phone"] },
    label: { fr: "Téléphone mobile basique", en: "Feature phone" }, kind: "terminal", factors: END_USER,
  },
  { code: "tablette", aliases: { fr: [], en: ["tablet"] }, label: { fr: "Tablette", en: "Tablet" }, kind: "terminal", factors: END_USER },
  {
    code: "imprimante", aliases: { fr: ["multifonction"], en: ["printer"] },
    label: { fr: "Imprimante", en: "Printer" }, kind: "peripheral", factors: END_USER,
  },
  {
    code: "videoprojecteur", aliases: { fr: ["projecteur", "video_projecteur"], en: ["projector", "video_projector", "videoprojector"] },
    label: { fr: "Vidéoprojecteur", en: "Video projector" }, kind: "peripheral", factors: END_USER,
  },
  {
    code: "televiseur", aliases: { fr: ["television", "tele"], en: ["tv"] },
    label: { fr: "Téléviseur", en: "Television" }, kind: "peripheral", factors: END_USER,
  },
  {
    code: "box_internet", aliases: { fr: ["box"], en: ["internet_box"] },
    label: { fr: "Box internet", en: "Internet box" }, kind: "peripheral", factors: END_USER,
  },
  {
    code: "disque_dur_externe", aliases: { fr: ["disque_externe"], en: ["external_hdd", "external_hard_drive"] },
    label: { fr: "Disque dur externe", en: "External hard drive" }, kind: "peripheral", factors: END_USER,
  },
  {
    code: "ssd_externe", aliases: { fr: [], en: ["external_ssd"] },
    label: { fr: "SSD externe", en: "External SSD" }, kind: "peripheral", factors: END_USER,
  },
  {
    code: "cle_usb", aliases: { fr: [], en: ["usb_key", "usb_stick"] },
    label: { fr: "Clé USB", en: "USB key" }, kind: "peripheral", factors: END_USER,
  },
  { code: "serveur", aliases: { fr: [], en: ["server"] }, label: { fr: "Serveur", en: "Server" }, kind: "server", factors: SERVER },
];
