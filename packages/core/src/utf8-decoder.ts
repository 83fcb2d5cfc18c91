/** The part of the platform's `TextDecoder` the CSV reader uses. */
export interface Utf8Decoder {
  decode(input: Uint8Array, options?: { stream?: boolean }): string;
}

type DecoderConstructor = new (label: string, options?: { ignoreBOM?: boolean }) => Utf8Decoder;

/**
 * A streaming UTF-8 decoder that keeps a BOM (the reader drops it itself) and turns bad bytes into
 * U+FFFD. `TextDecoder` is in every browser, worker, Node and Deno, but not in the ECMAScript library
 * this package compiles against, so it is looked up on `globalThis`.
 */
export function utf8Decoder(): Utf8Decoder {
  const Decoder = (globalThis as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (Decoder === undefined) throw new TypeError("This platform has no TextDecoder: pass CSV chunks as strings.");
  return new Decoder("utf-8", { ignoreBOM: true });
}
