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

/** A lookup by code and by every alias, normalised. @internal */
export function wordIndex<T>(defs: readonly T[], words: (d: T) => readonly string[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const d of defs) for (const w of words(d)) index.set(normalizeInventoryWord(w), d);
  return index;
}
