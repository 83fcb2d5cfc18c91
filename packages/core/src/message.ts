/** A language the SDK writes in. */
export type Lang = "fr" | "en";

/**
 * A text shown to people, in French and in English.
 *
 * @example
 * ```ts
 * import type { Message } from "@nrs/core";
 * const m: Message = { fr: "Fichier introuvable", en: "File not found" };
 * console.log(m.fr);
 * ```
 */
export interface Message {
  readonly fr: string;
  readonly en: string;
}

/**
 * Builds a {@link Message} from its French and English texts.
 *
 * @example
 * ```ts
 * import { msg } from "@nrs/core";
 * const m = msg("Valeur négative", "Negative value");
 * if (m.en !== "Negative value") throw new Error("unexpected");
 * ```
 */
export function msg(fr: string, en: string): Message {
  return { fr, en };
}
