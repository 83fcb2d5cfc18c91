import { Decimal } from "decimal.js";
import { DECIMAL_TEXT, type DecimalInput, notANumber } from "./decimal-input.js";
import { decimalSchema } from "./decimal-schema.js";
import type { ProblemPath } from "./problem.js";
import { NrsError } from "./nrs-error.js";

// Spaces a French spreadsheet puts between thousands: space, no-break space, narrow no-break space.
const GROUP_SPACES = /[ \u00a0\u202f]/g;

/**
 * Reads a decimal number written the French way or the international way: `"1 234,5"`, `"1234.5"`,
 * `"-0,25"`, `"2e3"`. Thousands separators may be spaces (including no-break spaces); the decimal
 * separator is a comma or a dot, not both. Returns `undefined` when the text is not a number.
 *
 * @example
 * ```ts
 * import { parseFrenchDecimal } from "@nrs/core";
 * console.log(parseFrenchDecimal("1 234,5")?.toString()); // "1234.5"
 * console.log(parseFrenchDecimal("abc")); // undefined
 * ```
 */
export function parseFrenchDecimal(text: string): Decimal | undefined {
  let t = text.trim().replace(GROUP_SPACES, "");
  const comma = t.indexOf(",");
  if (comma >= 0) {
    if (t.indexOf(".") >= 0 || t.indexOf(",", comma + 1) >= 0) return undefined;
    t = t.replace(",", ".");
  }
  if (!DECIMAL_TEXT.test(t)) return undefined;
  const d = new Decimal(t);
  return d.isFinite() ? d : undefined;
}

/**
 * Converts a {@link DecimalInput} into a finite Decimal, or throws an {@link NrsError} naming the path
 * (`NRS_NOT_A_NUMBER`): NaN, Infinity, empty strings and text are refused, never turned into zero.
 * Strings use a dot as decimal separator (use {@link parseFrenchDecimal} for CSV cells).
 *
 * @example
 * ```ts
 * import { toDecimal } from "@nrs/core";
 * console.log(toDecimal("0.1").plus(toDecimal(0.2)).toString()); // "0.3"
 * ```
 */
export function toDecimal(value: DecimalInput, path: ProblemPath = []): Decimal {
  const d = tryDecimal(value);
  if (d === undefined) throw new NrsError([notANumber(value, path)]);
  return d;
}

function tryDecimal(value: unknown): Decimal | undefined {
  if (typeof value === "number") {
    return Number.isFinite(value) ? new Decimal(value) : undefined;
  }
  if (typeof value === "string") {
    const t = value.trim();
    if (!DECIMAL_TEXT.test(t)) return undefined;
    const d = new Decimal(t);
    return d.isFinite() ? d : undefined;
  }
  if (Decimal.isDecimal(value)) {
    const d = value as Decimal;
    return d.isFinite() ? new Decimal(d) : undefined;
  }
  return undefined;
}

function decimalObjectSchema(min: "any" | "nonnegative" | "positive") {
  return decimalSchema<Decimal, Decimal>(
    (v): v is Decimal => Decimal.isDecimal(v),
    (v) => {
      const d = tryDecimal(v);
      return d === undefined ? "nan" : { value: d };
    },
    (d) => d.cmp(0),
    min,
  );
}

/**
 * zod/mini schema for an exact decimal: takes a number, a decimal string (dot separator) or a Decimal,
 * gives a finite Decimal. Its JSON Schema (input side) is `number | string`.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { zDecimal } from "@nrs/core";
 * const v = z.parse(zDecimal, "12.50");
 * console.log(v.toString()); // "12.5"
 * ```
 */
export const zDecimal = /* @__PURE__ */ decimalObjectSchema("any");

/**
 * Like {@link zDecimal}, refusing negative values (`NRS_NEGATIVE`).
 *
 * @example
 * ```ts
 * import { zNonNegativeDecimal } from "@nrs/core";
 * console.log(zNonNegativeDecimal.safeParse(-1).success); // false
 * ```
 */
export const zNonNegativeDecimal = /* @__PURE__ */ decimalObjectSchema("nonnegative");

/**
 * Like {@link zDecimal}, refusing zero and negative values (`NRS_NOT_POSITIVE`).
 *
 * @example
 * ```ts
 * import { zPositiveDecimal } from "@nrs/core";
 * console.log(zPositiveDecimal.safeParse("0").success); // false
 * ```
 */
export const zPositiveDecimal = /* @__PURE__ */ decimalObjectSchema("positive");

export { Decimal };
