import { Decimal } from "decimal.js";
import { Exact, out } from "@nrs/core";
import { exactWords, LAYOUT_OK, PRODUCT, type Coefficient } from "./exact-product.js";

// An exact product `bytes × coefficient` whose digits are worked out when first read. A per-call SWD
// estimate is mostly built, stored or summed, and its digits read later or never: this defers the
// word-by-word multiplication and the digit array to the first read, so a call costs one small object.
//
// The object is a genuine Decimal of the app's decimal.js: its prototype chain goes through
// `Decimal.prototype` (instanceof, every method, `Decimal.isDecimal`), and `s`, `e`, `d` (the fields every
// decimal.js method reads) are getters: `e` and `d` compute the exact product's digits on the first read
// and keep them in the object; `s` is known (positive). The value is the one an eager product gives,
// digit for digit (word by word when `exactWords` takes it, else `Exact`'s `times`, which cannot round
// here). What differs from a Decimal built by decimal.js is its own fields (`bytes`, `coefficient`, `ls`,
// `le`, `ld`): compare values with `equals`, not with a deep equality of objects.

interface LazyFields {
  readonly bytes: number;
  readonly coefficient: Coefficient;
  // decimal.js's fields once computed (`d` undefined until then); the sign is known: positive.
  ls: number;
  le: number;
  ld: number[] | undefined;
}

/** Computes the exact product's digits into the object (once). */
function materialise(x: LazyFields): void {
  if (exactWords(x.bytes, x.coefficient, Infinity)) {
    x.le = PRODUCT.e;
    x.ld = PRODUCT.d;
    return;
  }
  const p = out(new Exact(x.bytes).times(x.coefficient.exact)) as unknown as { e: number; d: number[] };
  x.le = p.e;
  x.ld = p.d;
}

// decimal.js's fields, read from (and, should anything ever write one, written to) the object's own.
// Each accessor names its field: one shape per access site, which the engine keeps fast.
const FIELDS: PropertyDescriptorMap = {
  s: {
    get(this: LazyFields) {
      return this.ls;
    },
    set(this: LazyFields, v: number) {
      this.ls = v;
    },
  },
  e: {
    get(this: LazyFields) {
      if (this.ld === undefined) materialise(this);
      return this.le;
    },
    set(this: LazyFields, v: number) {
      if (this.ld === undefined) materialise(this);
      this.le = v;
    },
  },
  d: {
    get(this: LazyFields) {
      if (this.ld === undefined) materialise(this);
      return this.ld;
    },
    set(this: LazyFields, v: number[]) {
      if (this.ld === undefined) materialise(this);
      this.ld = v;
    },
  },
};

function Lazy(this: LazyFields, bytes: number, coefficient: Coefficient): void {
  (this as { bytes: number }).bytes = bytes;
  (this as { coefficient: Coefficient }).coefficient = coefficient;
  this.ls = 1;
  this.le = 0;
  this.ld = undefined;
}
Lazy.prototype = Object.create(Decimal.prototype, {
  constructor: { value: Decimal, writable: true, configurable: true },
  ...FIELDS,
}) as object;
const make = Lazy as unknown as new (bytes: number, coefficient: Coefficient) => Decimal;

// Up to 14 words (98 digits) of coefficient times at most 16 digits of bytes stay under `Exact`'s 120
// digits: the product never rounds, whichever path computes it and whenever (decimal.js may read a
// value in the middle of its own work, with its rounding switched off).
const MAX_WORDS = 14;

/**
 * `bytes × c`, exact, as a Decimal whose digits are computed when first read; `undefined` when `bytes`
 * is not a whole number in [1, 2⁵³], when `c` is zero or longer than 98 digits, or when decimal.js's
 * layout is not the one expected (the caller then takes its eager path). @internal
 */
export function lazyProduct(bytes: number, c: Coefficient): Decimal | undefined {
  const n = c.words.length;
  if (!LAYOUT_OK || !(bytes >= 1 && bytes <= Number.MAX_SAFE_INTEGER) || Math.floor(bytes) !== bytes || n === 0 || n > MAX_WORDS) {
    return undefined;
  }
  return new make(bytes, c);
}
