// Why not Web Crypto: `crypto.subtle.digest` is async only, absent on plain-http pages and in some
// workers, and the renderers are synchronous pure functions. A 60-line FIPS 180-4 implementation over
// the UTF-8 bytes keeps them synchronous, dependency-free and identical in every runtime; inputs are a few
// hundred kilobytes at most, so speed is not a concern (see bench/report-render.ts).

// The constants of FIPS 180-4 (§4.2.2, §5.3.3) are computed, not written out: 72 random-looking words
// would weigh about 0.3 KB gzip in every bundle that renders a report. K: the first 32 bits of the
// fractional parts of the cube roots of the first 64 primes; H0: of the square roots of the first 8.
// Exact integer roots (BigInt), so every runtime gets the same words; computed once, on the first hash.
let constants: { readonly K: Uint32Array; readonly H0: Uint32Array } | undefined;

/** floor(n^(1/k)), by Newton's method from above. */
function integerRoot(n: bigint, k: bigint): bigint {
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

function sha256Constants(): { readonly K: Uint32Array; readonly H0: Uint32Array } {
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  // floor(frac(p^(1/k)) * 2^32) = floor((p * 2^(32k))^(1/k)) mod 2^32
  const bits = (p: number, k: bigint): number => Number(integerRoot(BigInt(p) << (32n * k), k) & 0xffffffffn);
  return { K: Uint32Array.from(primes, (p) => bits(p, 3n)), H0: Uint32Array.from(primes.slice(0, 8), (p) => bits(p, 2n)) };
}

/**
 * The UTF-8 bytes of a string (lone surrogates become U+FFFD, as `TextEncoder` does), written out
 * because `TextEncoder` is not part of the ECMAScript library this package compiles against.
 *
 * @internal Not part of the public API (used inside the package).
 */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/**
 * SHA-256 (FIPS 180-4) of a string (hashed as UTF-8) or of bytes, as 64 lowercase hex digits.
 * Synchronous, pure and browser-safe; used for the input hash of the provenance block.
 *
 * @internal Not part of the public API (used inside the package).
 */
export function sha256Hex(input: string | Uint8Array): string {
  const bytes = typeof input === "string" ? utf8Bytes(input) : input;
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  constants ??= sha256Constants();
  const { K, H0 } = constants;
  const H = H0.slice();
  const W = new Uint32Array(64);
  for (let off = 0; off < padded.length; off += 64) {
    for (let t = 0; t < 16; t++) W[t] = view.getUint32(off + t * 4);
    for (let t = 16; t < 64; t++) {
      const w15 = W[t - 15]!;
      const w2 = W[t - 2]!;
      const s0 = ror(w15, 7) ^ ror(w15, 18) ^ (w15 >>> 3);
      const s1 = ror(w2, 17) ^ ror(w2, 19) ^ (w2 >>> 10);
      W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) >>> 0;
    }
    let a = H[0]!,
      b = H[1]!,
      c = H[2]!,
      d = H[3]!,
      e = H[4]!,
      f = H[5]!,
      g = H[6]!,
      h = H[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[t]! + W[t]!) >>> 0;
      const S0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    H[0] = (H[0]! + a) >>> 0;
    H[1] = (H[1]! + b) >>> 0;
    H[2] = (H[2]! + c) >>> 0;
    H[3] = (H[3]! + d) >>> 0;
    H[4] = (H[4]! + e) >>> 0;
    H[5] = (H[5]! + f) >>> 0;
    H[6] = (H[6]! + g) >>> 0;
    H[7] = (H[7]! + h) >>> 0;
  }
  return Array.from(H, (x) => x.toString(16).padStart(8, "0")).join("");
}

function ror(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}
