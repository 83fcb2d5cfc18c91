import { co2 } from "@tgwf/co2";
import { vi } from "vitest";

// CO2.js warns on the console whenever a trace option is left to its default; the parity tests do not
// need to hear it.
vi.spyOn(console, "warn").mockImplementation(() => undefined);

export { co2 };

/**
 * Relative tolerance of the parity tests. CO2.js computes in binary floating point: at most a few dozen
 * multiplications and additions of positive terms (v3 per visit is the longest, about forty), each off by
 * at most 2⁻⁵³ ≈ 1.1e-16 relative, so its result is within ~5e-15 of the exact value of the same inputs (our side is exact, and a JS number
 * input is read as its shortest decimal form, itself within 1.1e-16 of the double). 1e-12 leaves more than two
 * orders of magnitude of headroom while still catching any wrong constant, share or formula, which all
 * move results by more than 1e-4.
 */
export const PARITY_TOLERANCE = 1e-12;

export function closeTo(exact: { toNumber(): number }, float: number): boolean {
  const e = exact.toNumber();
  if (e === 0 || float === 0) return e === float;
  return Math.abs(e - float) <= PARITY_TOLERANCE * Math.max(Math.abs(e), Math.abs(float));
}
