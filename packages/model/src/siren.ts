import * as z from "zod/mini";
import { check } from "@nrs/core";
import { luhnValid } from "./internal/luhn.js";

/**
 * Tells whether a string is a valid SIREN: exactly nine digits whose Luhn checksum is right
 * (INSEE's rule for SIREN numbers).
 *
 * @example
 * ```ts
 * import { isSiren } from "@nrs/model";
 * if (!isSiren("732829320") || isSiren("732829321")) throw new Error("unexpected");
 * ```
 */
export function isSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

/**
 * zod/mini schema for a SIREN (nine digits, Luhn checksum verified); a bad one gives `NRS_INVALID_SIREN`.
 *
 * @example
 * ```ts
 * import { zSiren } from "@nrs/model";
 * // a wrong checksum
 * console.log(zSiren.safeParse("123456789").success); // false
 * ```
 */
export const zSiren = z
  .string()
  .check(
    check(
      isSiren,
      "NRS_INVALID_SIREN",
      "SIREN invalide : neuf chiffres attendus, avec une clé de contrôle (Luhn) correcte.",
      "Invalid SIREN: nine digits expected, with a correct (Luhn) check digit.",
    ),
  )
  .register(z.globalRegistry, { pattern: "^[0-9]{9}$", description: "SIREN (9 digits, Luhn checksum)" });
