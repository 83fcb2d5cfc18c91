import * as z from "zod/mini";
import { check } from "@nrs/core";

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
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = value.charCodeAt(8 - i) - 48;
    // Luhn: double every second digit from the right, folding two-digit results.
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * zod/mini schema for a SIREN (nine digits, Luhn checksum verified); a bad one gives `NRS_INVALID_SIREN`.
 *
 * @example
 * ```ts
 * import { zSiren } from "@nrs/model";
 * console.log(zSiren.safeParse("123456789").success); // false: checksum
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
