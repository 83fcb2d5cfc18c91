import { toDecimal, type DecimalInput, type Message } from "@nrs/core";

/**
 * Population size class of a collectivité, for peer groups: the law binds those of more than
 * 50,000 inhabitants (loi n° 2021-1485 art. 35), so the classes start there.
 *
 * @example
 * ```ts
 * import type { SizeClass } from "@nrs/indicators";
 * const c: SizeClass = "100-200k";
 * console.log(c);
 * ```
 */
export type SizeClass = "moins-50k" | "50-100k" | "100-200k" | "plus-200k" | "inconnue";

/**
 * Labels of the size classes, in French and English.
 *
 * @example
 * ```ts
 * import { SIZE_CLASS_LABELS } from "@nrs/indicators";
 * console.log(SIZE_CLASS_LABELS["50-100k"].fr); // de 50 001 à 100 000 habitants
 * ```
 */
export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, Message>> = {
  "moins-50k": { fr: "50 000 habitants ou moins", en: "50,000 inhabitants or fewer" },
  "50-100k": { fr: "de 50 001 à 100 000 habitants", en: "50,001 to 100,000 inhabitants" },
  "100-200k": { fr: "de 100 001 à 200 000 habitants", en: "100,001 to 200,000 inhabitants" },
  "plus-200k": { fr: "plus de 200 000 habitants", en: "more than 200,000 inhabitants" },
  inconnue: { fr: "population inconnue", en: "population unknown" },
};

/**
 * The size class of a population (upper bounds included: 100,000 is in `50-100k`).
 *
 * @example
 * ```ts
 * import { sizeClass } from "@nrs/indicators";
 * console.log(sizeClass(121437), sizeClass(50000), sizeClass(undefined)); // 100-200k moins-50k inconnue
 * ```
 */
export function sizeClass(population: DecimalInput | undefined): SizeClass {
  if (population === undefined) return "inconnue";
  const p = toDecimal(population);
  if (p.lte(50_000)) return "moins-50k";
  if (p.lte(100_000)) return "50-100k";
  if (p.lte(200_000)) return "100-200k";
  return "plus-200k";
}
