import { DECIMAL_REFUSALS, DECIMAL_TEXT, type DecimalLike, type DecimalRefusal, isDecimalInstance, notANumber } from "./decimal-input.js";
import { decimalSchema } from "./decimal-schema.js";
import { NrsError } from "./nrs-error.js";
import type { ProblemPath } from "./problem.js";

// Decimals kept as canonical strings, for the documents of @nrs/model: validating a form in a browser
// should not cost decimal.js (12.7 KB gzip), and documents only store and compare their figures.
// Nothing here imports decimal.js; every conversion works on the digits, never through a float.

const PARTS = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
// Enough for every finite JS number written out (5e-324 has 324 digits after the point) and for
// any figure of a document; more would let "1e999999999" allocate a gigabyte.
const MAX_DIGITS = 400;

// Decimal text (dot separator, optional exponent, surrounding spaces) -> canonical plain notation.
function canonical(text: string): { readonly value: string } | DecimalRefusal {
  const t = text.trim();
  const m = DECIMAL_TEXT.test(t) ? PARTS.exec(t) : null;
  if (!m) return "nan";
  const [, sign, int = "", frac = "", exp = "0"] = m;
  let digits = int + frac;
  let point = int.length + Number(exp); // digits before the decimal point
  const lead = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(lead).replace(/0+$/, "");
  point -= lead;
  if (digits === "") return { value: "0" };
  if (point > MAX_DIGITS || digits.length - point > MAX_DIGITS) return "tooLong";
  const abs =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return { value: sign === "-" ? `-${abs}` : abs };
}

function fromInput(value: unknown): { readonly value: string } | DecimalRefusal {
  if (typeof value === "number") return Number.isFinite(value) ? canonical(String(value)) : "nan";
  if (typeof value === "string") return canonical(value);
  // A Decimal writes itself with an exponent when large or small; canonical() expands it exactly.
  if (isDecimalInstance(value)) return canonical(value.toString());
  return "nan";
}

/**
 * Converts a {@link DecimalInput} (any {@link DecimalLike}) into its canonical decimal string (see {@link zDecimalString}), or
 * throws an {@link NrsError} naming the path: `NRS_NOT_A_NUMBER` for NaN, Infinity, empty strings and
 * text, `NRS_NUMBER_TOO_LONG` beyond 400 digits either side of the point. Does not load decimal.js.
 *
 * @example
 * ```ts
 * import { toDecimalString } from "@nrs/core";
 * console.log(toDecimalString(1e21)); // "1000000000000000000000"
 * console.log(toDecimalString("-0012.3400")); // "-12.34"
 * ```
 */
export function toDecimalString(value: number | string | DecimalLike, path: ProblemPath = []): string {
  const r = fromInput(value);
  if (typeof r !== "string") return r.value;
  const { code, fr, en } = DECIMAL_REFUSALS[r];
  throw new NrsError([r === "nan" ? notANumber(value, path) : { code, severity: "error", path, message: { fr, en } }]);
}

const signOf = (s: string): number => (s.startsWith("-") ? -1 : s === "0" ? 0 : 1);

/**
 * zod/mini schema for a decimal kept as text: takes a number, a decimal string (dot separator,
 * optional exponent, surrounding spaces) or a decimal.js `Decimal`, and gives its **canonical decimal
 * string**: plain notation (never an exponent), no `+`, no superfluous leading zeros, no trailing
 * fractional zeros, `"0"` for zero (never `"-0"`). One value has exactly one canonical string, so
 * `===` is equality of values. Numbers are converted from their shortest JavaScript writing
 * (`0.1` gives `"0.1"`, `1e21` gives `"1000000000000000000000"`) by moving digits, never by float
 * arithmetic. Refuses what is not a finite number (`NRS_NOT_A_NUMBER`, or `NRS_INVALID_FORMAT` for
 * text) and more than 400 digits either side of the point (`NRS_NUMBER_TOO_LONG`). Its JSON Schema
 * (input side) is `number | string`. It does not load decimal.js: do arithmetic with
 * `new Decimal(s)`, or pass the string to any function taking a `DecimalInput`.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { zDecimalString } from "@nrs/core";
 * console.log(z.parse(zDecimalString, " 012.50 ")); // "12.5"
 * console.log(z.parse(zDecimalString, 1.5e-7)); // "0.00000015"
 * console.log(zDecimalString.safeParse("douze").success); // false
 * ```
 */
export const zDecimalString = /* @__PURE__ */ decimalSchema(isDecimalInstance, fromInput, signOf, "any");

/**
 * Like {@link zDecimalString}, refusing negative values (`NRS_NEGATIVE`).
 *
 * @example
 * ```ts
 * import { zNonNegativeDecimalString } from "@nrs/core";
 * console.log(zNonNegativeDecimalString.safeParse("-0.01").success); // false
 * console.log(zNonNegativeDecimalString.parse("-0")); // "0"
 * ```
 */
export const zNonNegativeDecimalString = /* @__PURE__ */ decimalSchema(isDecimalInstance, fromInput, signOf, "nonnegative");

/**
 * Like {@link zDecimalString}, refusing zero and negative values (`NRS_NOT_POSITIVE`).
 *
 * @example
 * ```ts
 * import { zPositiveDecimalString } from "@nrs/core";
 * console.log(zPositiveDecimalString.safeParse(0).success); // false
 * console.log(zPositiveDecimalString.parse("0.001")); // "0.001"
 * ```
 */
export const zPositiveDecimalString = /* @__PURE__ */ decimalSchema(isDecimalInstance, fromInput, signOf, "positive");

// Compares two canonical non-negative decimal strings.
function compareAbs(a: string, b: string): -1 | 0 | 1 {
  const [ai = "", af = ""] = a.split(".");
  const [bi = "", bf = ""] = b.split(".");
  // Canonical integer parts have no leading zero (except "0" itself): longer means larger.
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  const n = Math.max(af.length, bf.length);
  const x = ai + af.padEnd(n, "0");
  const y = bi + bf.padEnd(n, "0");
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Compares two decimal strings exactly, digit by digit (no float): -1 when `a < b`, 0 when equal in
 * value (`"1.50"` and `"1.5"`), 1 when `a > b`. Takes any decimal text {@link zDecimalString} takes;
 * throws an {@link NrsError} on anything else: `NRS_NOT_A_NUMBER`, or `NRS_NUMBER_TOO_LONG` for a value
 * whose plain notation would exceed 400 digits on either side of the point (`"1e500"`), since both
 * are brought to plain notation to be compared.
 *
 * @example
 * ```ts
 * import { compareDecimalStrings } from "@nrs/core";
 * console.log(compareDecimalStrings("99.99", "100")); // -1
 * console.log(compareDecimalStrings("-0.1", "-0.10")); // 0
 * console.log(compareDecimalStrings("1e3", "999.999")); // 1
 * ```
 */
export function compareDecimalStrings(a: string, b: string): -1 | 0 | 1 {
  const x = toDecimalString(a, ["a"]);
  const y = toDecimalString(b, ["b"]);
  const nx = x.startsWith("-");
  const ny = y.startsWith("-");
  if (nx !== ny) return nx ? -1 : 1;
  const r = compareAbs(nx ? x.slice(1) : x, ny ? y.slice(1) : y);
  return nx ? ((0 - r) as -1 | 0 | 1) : r;
}
