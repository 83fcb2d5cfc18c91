import * as z from "zod/mini";
import { check } from "@nrs/core";

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * zod/mini schema for an identifier used to cross-reference items inside documents (objective ids,
 * measure ids, indicator codes): letters, digits, `_`, `.` and `-`, starting with a letter or a digit,
 * at most 64 characters. A bad one gives `NRS_INVALID_ID`.
 *
 * @example
 * ```ts
 * import { zIdentifiant } from "@nrs/model";
 * console.log(zIdentifiant.safeParse("O3.1").success, zIdentifiant.safeParse("o 3").success); // true false
 * ```
 */
export const zIdentifiant = z
  .string()
  .check(
    check(
      (s: string) => s.length <= 64 && ID.test(s),
      "NRS_INVALID_ID",
      "Identifiant invalide : lettres, chiffres, « _ », « . » ou « - », 64 caractères au plus, sans espace.",
      "Invalid identifier: letters, digits, '_', '.' or '-', at most 64 characters, no spaces.",
    ),
  )
  .register(z.globalRegistry, { pattern: ID.source, maxLength: 64 });
