import type { Decimal } from "decimal.js";
import type { Problem, ProblemPath } from "./problem.js";

// What both decimal families share (Decimal objects in decimal.ts, canonical strings in
// decimal-string.ts). This module imports decimal.js for types only, so that the string family
// stays free of it in a browser bundle, and no zod, so that a comparison does not pull zod either.

/** What the SDK accepts wherever it takes a quantity: a JS number, a decimal string, or a Decimal. */
export type DecimalInput = number | string | Decimal;

/**
 * A record type as the SDK accepts it in input: each `Decimal` field of `T` (optional or not) may also
 * be given as a JS number or a decimal string ({@link DecimalInput}); the other fields are unchanged.
 * The functions that take such a record check and convert it, with the path of a bad value.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { WithDecimalInputs } from "@nrs/core";
 * interface Purchase { readonly amount: Decimal; readonly vat?: Decimal; readonly label: string }
 * const p: WithDecimalInputs<Purchase> = { amount: 1200, vat: "240.5", label: "laptops" };
 * console.log(typeof p.amount, typeof p.vat); // number string
 * ```
 */
export type WithDecimalInputs<T> = {
  readonly [K in keyof T]: [Exclude<T[K], undefined>] extends [Decimal]
    ? undefined extends T[K]
      ? DecimalInput | undefined
      : DecimalInput
    : T[K];
};

/** Decimal text with a dot separator and an optional exponent (CSV cells go through parseFrenchDecimal). */
export const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Why a decimal schema refuses a value: one stable code and message per rule. */
export const DECIMAL_REFUSALS = {
  nan: { code: "NRS_NOT_A_NUMBER", fr: "Nombre fini attendu.", en: "A finite number is expected." },
  nonnegative: { code: "NRS_NEGATIVE", fr: "La valeur ne peut pas être négative.", en: "Value must not be negative." },
  positive: { code: "NRS_NOT_POSITIVE", fr: "La valeur doit être strictement positive.", en: "Value must be greater than zero." },
  tooLong: {
    code: "NRS_NUMBER_TOO_LONG",
    fr: "Nombre trop long : au plus 400 chiffres avant et 400 chiffres après la virgule.",
    en: "Number too long: at most 400 digits before and 400 digits after the decimal point.",
  },
} as const;

/** A key of {@link DECIMAL_REFUSALS}. */
export type DecimalRefusal = keyof typeof DECIMAL_REFUSALS;

/**
 * A decimal.js `Decimal` as the decimal-string schemas ({@link zDecimalString}) type it: spelled out,
 * so that their types (and the declaration files of packages using them) do not reference decimal.js.
 * At run time they recognise a Decimal by the tag decimal.js gives its instances, not by this shape.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { toDecimalString, type DecimalLike } from "@nrs/core";
 * const d: DecimalLike = new Decimal("2.50");
 * console.log(toDecimalString(d)); // "2.5"
 * ```
 */
export type DecimalLike = {
  /** Digits, in decimal.js's base 1e7 groups (`null` for NaN and Infinity). */
  readonly d: readonly number[] | null;
  /** Exponent. */
  readonly e: number;
  /** Sign. */
  readonly s: number;
  /** The value written out, possibly with an exponent. */
  toString(): string;
};

/**
 * A decimal.js instance, told by the tag decimal.js itself checks in `Decimal.isDecimal` (so that
 * instances of clones such as `Exact` count too) without loading decimal.js.
 */
export function isDecimalInstance(value: unknown): value is DecimalLike {
  return typeof value === "object" && value !== null && (value as { toStringTag?: unknown }).toStringTag === "[object Decimal]";
}

/** The `NRS_NOT_A_NUMBER` problem of a conversion function, showing the value refused. */
export function notANumber(raw: unknown, path: ProblemPath): Problem {
  const shown = typeof raw === "string" ? JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw) : String(raw);
  return {
    code: "NRS_NOT_A_NUMBER",
    severity: "error",
    path,
    message: { fr: `${shown} n'est pas un nombre valide.`, en: `${shown} is not a valid number.` },
  };
}
