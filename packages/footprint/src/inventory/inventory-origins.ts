import type { Message } from "@nrs/core";
import { normalizeInventoryWord, wordIndex } from "./normalize-word.js";

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

/**
 * The accepted values of the `origine` column, with their aliases.
 *
 * @example
 * ```ts
 * import { INVENTORY_ORIGINS } from "@nrs/footprint";
 * console.log(INVENTORY_ORIGINS.find((o) => o.aliases.includes("refurbished"))?.code); // "reconditionne"
 * ```
 */
export const INVENTORY_ORIGINS: readonly InventoryOriginDefinition[] = [
  { code: "neuf", aliases: ["new", "achat_neuf"], label: { fr: "Neuf", en: "New" } },
  { code: "reemploi", aliases: ["occasion", "seconde_main", "reused", "second_hand", "reuse"], label: { fr: "Réemploi", en: "Reused" } },
  { code: "reconditionne", aliases: ["refurbished", "reconditioned"], label: { fr: "Reconditionné", en: "Refurbished" } },
];

const ORIGIN_INDEX = /* @__PURE__ */ wordIndex(INVENTORY_ORIGINS, (o) => [o.code, ...o.aliases]);

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
