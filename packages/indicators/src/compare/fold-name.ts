/**
 * A name or label reduced to what identifies it across sources: accents, case, apostrophe style and
 * runs of spaces aside. Two collectivités or two published indicator labels with the same folded form
 * are the same.
 *
 * @example
 * ```ts
 * import { foldName } from "@nrs/indicators";
 * console.log(foldName("Ville de  FICTIVILLE’s Écoles")); // ville de fictiville's ecoles
 * ```
 */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
