import * as z from "zod/mini";
import { check } from "@nrs/core";

// Département part: 01–19, 2A/2B (Corsica since 1976, so "20" is refused), 21–95, then overseas 97x and 98x.
const INSEE = /^(?:0[1-9]|1[0-9]|2[AB1-9]|[3-8][0-9]|9[0-5])[0-9]{3}$|^9[78][0-9]{3}$/;

/**
 * Tells whether a string is a well-formed INSEE commune code (code officiel géographique): five
 * characters, the first two being a département number or `2A`/`2B` for Corsica (`20` is not used
 * since 1976), or `97`/`98` followed by three digits overseas. It checks the form, not that the
 * commune exists.
 *
 * @example
 * ```ts
 * import { isCodeInsee } from "@nrs/model";
 * if (!isCodeInsee("2A004") || !isCodeInsee("75056") || isCodeInsee("20004")) throw new Error("unexpected");
 * ```
 */
export function isCodeInsee(value: string): boolean {
  return INSEE.test(value);
}

/**
 * zod/mini schema for an INSEE commune code; a bad one gives `NRS_INVALID_INSEE`.
 *
 * @example
 * ```ts
 * import { zCodeInsee } from "@nrs/model";
 * console.log(zCodeInsee.safeParse("2B033").success); // true
 * ```
 */
export const zCodeInsee = z
  .string()
  .check(
    check(
      isCodeInsee,
      "NRS_INVALID_INSEE",
      "Code INSEE invalide : cinq caractères attendus (département 01 à 95, 2A, 2B, 97 ou 98, puis trois chiffres).",
      "Invalid INSEE code: five characters expected (département 01 to 95, 2A, 2B, 97 or 98, then three digits).",
    ),
  )
  .register(z.globalRegistry, { pattern: INSEE.source, description: "Code INSEE de commune (COG)" });
