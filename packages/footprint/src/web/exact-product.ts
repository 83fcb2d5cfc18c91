import { Decimal } from "decimal.js";

// decimal.js keeps a value as `d` (base-10⁷ words, most significant first, no leading or trailing zero
// word; the decimal point falls between words), `e` (base-10 exponent of the first digit) and `s`
// (sign), each instance carrying its own `constructor`. A whole number below 10¹⁴ times a coefficient
// held that way can be multiplied word by word: every partial sum stays below 2⁵³, so the digits are
// exact, and the Decimal is assembled directly instead of going through string or number parsing.
// This is how a per-call SWD estimate (lazy-product.ts) computes its digits when they are read. The
// layout is checked once against decimal.js itself (any 10.x version the app brings); if it ever
// differs, the fast path is off and callers take the ordinary `times`.

const BASE = 1e7;
const MAX_BYTES = 1e14;

/** A positive coefficient prepared for {@link exactProduct}: its words and the word exponent of the first. @internal */
export interface Coefficient {
  readonly words: readonly number[];
  readonly wordExponent: number;
  /** The coefficient itself, for products the word-by-word path does not take. */
  readonly exact: Decimal;
}

/** Prepares a positive, finite Decimal for {@link exactProduct}. @internal */
export function coefficient(c: Decimal): Coefficient {
  const d = (c as unknown as { d: number[] }).d;
  return { words: [...d], wordExponent: Math.floor(c.e / 7), exact: c };
}

// A constructor whose instances have Decimal.prototype and the own fields decimal.js gives its own, in
// its order, so that the object is a genuine Decimal (instanceof, every method).
function Raw(this: Record<string, unknown>, e: number, d: number[]): void {
  this.constructor = Decimal;
  this.s = 1;
  this.e = e;
  this.d = d;
}
Raw.prototype = Decimal.prototype;
const make = Raw as unknown as new (e: number, d: number[]) => Decimal;

// The product's words before trimming; reused by every call (the function never re-enters).
const scratch: number[] = new Array<number>(64).fill(0);

// The top word's digit count; the decimal point sits between words, so the first word may be short.
const digitsOf = (w: number): number => (w >= 1e6 ? 7 : w >= 1e5 ? 6 : w >= 1e4 ? 5 : w >= 1e3 ? 4 : w >= 100 ? 3 : w >= 10 ? 2 : 1);

function trailingZeros(w: number): number {
  let z = 0;
  while (z < 6 && w % 10 === 0) {
    w /= 10;
    z++;
  }
  return z;
}

// The trimmed words as a new array (literals for the usual short lengths).
function slice(w: readonly number[], first: number, last: number): number[] {
  switch (last - first) {
    case 0:
      return [w[first] as number];
    case 1:
      return [w[first] as number, w[first + 1] as number];
    case 2:
      return [w[first] as number, w[first + 1] as number, w[first + 2] as number];
    default:
      return w.slice(first, last + 1);
  }
}

/** The digits of the last product {@link exactWords} found: decimal.js's `e` and `d`. @internal */
export const PRODUCT: { e: number; d: number[] } = { e: 0, d: [0] };

function found(e: number, d: number[]): true {
  PRODUCT.e = e;
  PRODUCT.d = d;
  return true;
}

/** Sets PRODUCT to the words[0..length) (top word at `topExponent`); false past `maxDigits` significant digits. */
function build(words: readonly number[], length: number, topExponent: number, maxDigits: number): boolean {
  let first = 0;
  while (first < length - 1 && words[first] === 0) first++;
  let last = length - 1;
  while (last > first && words[last] === 0) last--;
  const top = digitsOf(words[first] as number);
  const upper = top + 7 * (last - first);
  if (upper > maxDigits && upper - trailingZeros(words[last] as number) > maxDigits) return false;
  return found((topExponent - first) * 7 + top - 1, slice(words, first, last));
}

// The usual case, a coefficient of one or two words (up to 14 significant digits), unrolled: no scratch
// array, the trimmed words go straight into the Decimal's array.
function twoWords(bytes: number, w0: number, w1: number, exponent: number, maxDigits: number): boolean {
  const hi = Math.floor(bytes / BASE);
  const lo = bytes - hi * BASE;
  let v = lo * w1;
  let q = Math.floor(v / BASE);
  const r3 = v - q * BASE;
  v = hi * w1 + lo * w0 + q;
  q = Math.floor(v / BASE);
  const r2 = v - q * BASE;
  v = hi * w0 + q;
  q = Math.floor(v / BASE);
  const r1 = v - q * BASE;
  // Words r0..r3 have word exponents exponent + 2 … exponent - 1; r0 = q is the final carry.
  let d: number[];
  let top: number;
  if (q !== 0) {
    top = exponent + 2;
    d = r3 !== 0 ? [q, r1, r2, r3] : r2 !== 0 ? [q, r1, r2] : r1 !== 0 ? [q, r1] : [q];
  } else if (r1 !== 0) {
    top = exponent + 1;
    d = r3 !== 0 ? [r1, r2, r3] : r2 !== 0 ? [r1, r2] : [r1];
  } else {
    top = exponent;
    d = r3 !== 0 ? [r2, r3] : [r2];
  }
  const digits = digitsOf(d[0] as number);
  const upper = digits + 7 * (d.length - 1);
  if (upper > maxDigits && upper - trailingZeros(d[d.length - 1] as number) > maxDigits) return false;
  return found(top * 7 + digits - 1, d);
}

/**
 * Computes `bytes × c` exactly into {@link PRODUCT}; false when the fast path does not apply (not a whole
 * number in [1, 10¹⁴), a product with more than `maxDigits` significant digits, a zero coefficient, or a
 * decimal.js whose layout is not the one expected). @internal
 */
export function exactWords(bytes: number, c: Coefficient, maxDigits: number): boolean {
  if (!LAYOUT_OK || !(bytes >= 1 && bytes < MAX_BYTES) || Math.floor(bytes) !== bytes) return false;
  const w = c.words;
  const n = w.length;
  if (n === 2) return twoWords(bytes, w[0] as number, w[1] as number, c.wordExponent, maxDigits);
  if (n === 1) return twoWords(bytes, w[0] as number, 0, c.wordExponent, maxDigits);
  if (n === 0 || n + 2 > scratch.length) return false;
  // Floating-point `%` is a library call for numbers past 2³¹: split with a division instead. Every
  // value below stays under 2⁵³ and the quotient's floor is exact (the remainder is at most 10⁷ − 1).
  const hi = Math.floor(bytes / BASE);
  const lo = bytes - hi * BASE;
  // scratch[k] has word exponent wordExponent + 2 - k; scratch[0] takes the final carry.
  let carry = 0;
  for (let k = n + 1; k >= 1; k--) {
    const v = (k <= n ? hi * (w[k - 1] as number) : 0) + (k >= 2 ? lo * (w[k - 2] as number) : 0) + carry;
    carry = Math.floor(v / BASE);
    scratch[k] = v - carry * BASE;
  }
  scratch[0] = carry;
  return build(scratch, n + 2, c.wordExponent + 2, maxDigits);
}

/**
 * `bytes × c`, exact, as a Decimal of the app's decimal.js; `undefined` when the fast path does not apply
 * (not a whole number in [1, 10¹⁴), a product with more significant digits than `Decimal.precision`,
 * where `times` would round, or a decimal.js whose layout is not the one expected). @internal
 */
export function exactProduct(bytes: number, c: Coefficient): Decimal | undefined {
  return exactWords(bytes, c, Decimal.precision) ? new make(PRODUCT.e, PRODUCT.d) : undefined;
}

// The layout check: 148.2 is d = [148, 2000000], e = 2 in every decimal.js 10.x, and the same value
// assembled here must read back as decimal.js's own product.
/** Whether this decimal.js keeps its digits as {@link exactProduct} expects (checked once). @internal */
export const LAYOUT_OK = ((): boolean => {
  const probe = new Decimal("148.2") as unknown as { d?: unknown; e?: unknown; s?: unknown };
  if (!Array.isArray(probe.d) || probe.d.join() !== "148,2000000" || probe.e !== 2 || probe.s !== 1) return false;
  if (!build([0, 148, 2000000, 0], 4, 1, 20)) return false;
  const built = new make(PRODUCT.e, PRODUCT.d);
  return built.toString() === "148.2" && built.equals(new Decimal("1.482e-7").times(1e9));
})();
