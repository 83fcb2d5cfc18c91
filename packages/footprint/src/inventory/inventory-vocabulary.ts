import type { Message } from "@nrs/core";
import { DEVICE_TYPES, type DeviceKind, type DeviceTypeDefinition } from "../devices/device-types.js";
import { normalizeInventoryWord, wordIndex } from "./normalize-word.js";

/**
 * What an inventory line describes: an end-user device or peripheral, or a server (the
 * {@link DeviceKind} of its type).
 *
 * @example
 * ```ts
 * import { resolveInventoryType, type InventoryKind } from "@nrs/footprint";
 * const kind: InventoryKind | undefined = resolveInventoryType("server")?.kind;
 * console.log(kind); // "server"
 * ```
 */
export type InventoryKind = DeviceKind;

/**
 * One equipment type of the canonical inventory format, as the reader sees it: its canonical French
 * code, every other spelling accepted (French then English), a French and English label, and its kind.
 * Derived from the device-type registry {@link DEVICE_TYPES}.
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

/**
 * The equipment types of the canonical inventory format, one per entry of the device-type registry
 * {@link DEVICE_TYPES}. Codes are French; aliases (English, common French variants) are accepted in
 * files and turned into the code (see `docs/formats/inventaire.md`).
 *
 * @example
 * ```ts
 * import { INVENTORY_TYPES } from "@nrs/footprint";
 * console.log(INVENTORY_TYPES.map((t) => t.code).includes("ordinateur_portable")); // true
 * ```
 */
export const INVENTORY_TYPES: readonly InventoryTypeDefinition[] = /* @__PURE__ */ DEVICE_TYPES.map(({ code, aliases, label, kind }) => ({
  code,
  aliases: [...aliases.fr, ...aliases.en],
  label,
  kind,
}));

let typeIndex: Map<string, DeviceTypeDefinition> | undefined;
let inventoryIndex: Map<string, InventoryTypeDefinition> | undefined;

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
  inventoryIndex ??= wordIndex(INVENTORY_TYPES, (t) => [t.code, ...t.aliases]);
  return lookup(inventoryIndex, normalizeInventoryWord(text));
}

/** The registry entry a cell names, for the reader and the calculators. @internal */
export function resolveDeviceType(text: string): DeviceTypeDefinition | undefined {
  typeIndex ??= wordIndex(DEVICE_TYPES, (t) => [t.code, ...t.aliases.fr, ...t.aliases.en]);
  // Asset managers name their lists in the plural (« Écrans », « Bornes Wi-Fi »): try the singular too.
  return lookup(typeIndex, normalizeInventoryWord(text));
}

const strip = (w: string): string => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w);

/** The singular forms to try: the last word without a plural `s` or `x`, then every word (`bornes_wifi` → `borne_wifi`). */
function singulars(word: string): string[] {
  const parts = word.split("_");
  return [[...parts.slice(0, -1), strip(parts.at(-1) ?? "")].join("_"), parts.map(strip).join("_")];
}

function lookup<T>(index: Map<string, T>, word: string): T | undefined {
  const found = index.get(word);
  if (found !== undefined) return found;
  for (const w of singulars(word)) {
    const t = index.get(w);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Every type code of the registry, for the error texts: `ordinateur_portable, ordinateur_fixe, …` in full. @internal */
export function deviceTypeList(): string {
  return DEVICE_TYPES.map((t) => t.code).join(", ");
}
