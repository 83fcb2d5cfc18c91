import * as z from "zod/mini";
import { check } from "@nrs/core";
import { luhnValid } from "./internal/luhn.js";

/** SIREN of La Poste, whose establishments follow INSEE's one exception to the Luhn key. */
const LA_POSTE_SIREN = "356000000";

/**
 * Tells whether a string is a valid SIRET: exactly fourteen digits (the SIREN of the organisation,
 * then the five-digit NIC of the establishment) whose Luhn checksum is right. INSEE's one exception is
 * kept: establishments of La Poste (SIREN 356000000) are valid when the sum of their digits is a
 * multiple of 5.
 *
 * @example
 * ```ts
 * import { isSiret } from "@nrs/model";
 * if (!isSiret("73282932000074") || isSiret("73282932000075")) throw new Error("unexpected");
 * ```
 */
export function isSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (luhnValid(value)) return true;
  if (!value.startsWith(LA_POSTE_SIREN)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) sum += value.charCodeAt(i) - 48;
  return sum % 5 === 0;
}

/**
 * zod/mini schema for a SIRET (fourteen digits, Luhn checksum verified); a bad one gives
 * `NRS_INVALID_SIRET`.
 *
 * @example
 * ```ts
 * import { zSiret } from "@nrs/model";
 * console.log(zSiret.safeParse("73282932000074").success); // true
 * ```
 */
export const zSiret = /* @__PURE__ */ siretSchema();

function siretSchema() {
  return z
    .string()
    .check(
      check(
        isSiret,
        "NRS_INVALID_SIRET",
        "SIRET invalide : quatorze chiffres attendus (SIREN puis NIC), avec une clé de contrôle (Luhn) correcte.",
        "Invalid SIRET: fourteen digits expected (SIREN then NIC), with a correct (Luhn) check digit.",
      ),
    )
    .register(z.globalRegistry, { pattern: "^[0-9]{14}$", description: "SIRET (14 digits, Luhn checksum)" });
}
