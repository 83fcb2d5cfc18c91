import { Decimal } from "decimal.js";
import { Exact, out } from "@nrs/core";
import { exactProduct, LAYOUT_OK, type Coefficient } from "./exact-product.js";

// An exact product `bytes × coefficient` whose digits are worked out when first read. A per-call SWD
// estimate is mostly built, stored or summed, and its digits read later or never: this defers the
// word-by-word multiplication and the digit array to the first read, so a call costs one small object.
//
// The object is a genuine Decimal of the app's decimal.js: its prototype chain goes through
// `Decimal.prototype` (instanceof, every method, `Decimal.isDecimal`), and `s`, `e`, `d` (the fields every
// decimal.js method reads) are getters that compute the exact product once, keep it, and answer from it.
// The value is the one an eager product gives, digit for digit (word by word when `exactProduct` takes
// it, else `Exact`'s exact `times`). What differs from a Decimal built by decimal.js is its own fields
// (`bytes`, `coefficient`, `product`): compare values with `equals`, not with a deep equality of objects.

interface LazyFields {
  readonly bytes: number;
  readonly coefficient: Coefficient;
  product: Decimal | undefined;
}

/** The exact product, computed on the first read and kept. */
function materialise(x: LazyFields): Decimal {
  if (x.product === undefined) {
    x.product = exactProduct(x.bytes, x.coefficient) ?? out(new Exact(x.bytes).times(x.coefficient.exact));
  }
  return x.product;
}

// decimal.js's fields, read from (and, should anything ever write one, written to) the product. Each
// accessor names its field: one shape per access site, which the engine keeps fast.
type Fields = { s: number; e: number; d: number[] };
const product = (x: LazyFields): Fields => materialise(x) as unknown as Fields;
const FIELDS: PropertyDescriptorMap = {
  s: {
    get(this: LazyFields) {
      return product(this).s;
    },
    set(this: LazyFields, v: number) {
      product(this).s = v;
    },
  },
  e: {
    get(this: LazyFields) {
      return product(this).e;
    },
    set(this: LazyFields, v: number) {
      product(this).e = v;
    },
  },
  d: {
    get(this: LazyFields) {
      return product(this).d;
    },
    set(this: LazyFields, v: number[]) {
      product(this).d = v;
    },
  },
};

function Lazy(this: LazyFields, bytes: number, coefficient: Coefficient): void {
  (this as { bytes: number }).bytes = bytes;
  (this as { coefficient: Coefficient }).coefficient = coefficient;
  this.product = undefined;
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
