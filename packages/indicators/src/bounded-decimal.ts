import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { check, zNonNegativeDecimal } from "@nrs/core";

/**
 * zod/mini schema of a non-negative decimal of a record with a plausible maximum: above it, the cell is
 * `NRS_OUT_OF_BOUNDS` with the given message, so that a typo such as `1e309` is refused rather than
 * averaged or summed into an indicator. @internal
 */
export const zDecimalAtMost = (max: number, fr: string, en: string) =>
  z.pipe(zNonNegativeDecimal, z.custom<Decimal>().check(check((d: Decimal) => d.lte(max), "NRS_OUT_OF_BOUNDS", fr, en)));
