/**
 * Exact sum of canonical non-negative decimal strings (plain notation, as `zNonNegativeDecimalString`
 * writes them), with BigInt: the model stays free of decimal.js. Returns a plain decimal string.
 */
export function sumDecimalStrings(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((v) => (v.includes(".") ? v.length - v.indexOf(".") - 1 : 0)));
  let total = 0n;
  for (const v of values) {
    const [int = "0", frac = ""] = v.split(".");
    total += BigInt(int + frac.padEnd(scale, "0"));
  }
  const digits = total.toString().padStart(scale + 1, "0");
  if (scale === 0) return digits;
  const out = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, "");
  return out === "" ? "0" : out;
}
