import { assertNonNegative, Exact, NrsError, toDecimal, type ExactValue, type ProblemPath } from "@nrs/core";
import { traceFactor } from "./packs/factor-query.js";
import type { FactorRow } from "./packs/factor-pack.js";
import type { GridIntensityInput } from "./grid-intensity.js";
import type { TracedFactor } from "./trace.js";

const PER_KWH: Readonly<Record<string, string>> = { "gCO2e/kWh": "1", "kgCO2e/kWh": "1000", "tCO2e/kWh": "1000000" };

function isFactorRow(x: unknown): x is FactorRow {
  return typeof x === "object" && x !== null && !("toFixed" in x) && typeof (x as FactorRow).unit === "string" && "pack" in x;
}

/**
 * Reads a grid intensity into the wanted unit; a factor row must be a GWP factor per kWh.
 *
 * @internal
 */
export function readGridIntensity(
  value: GridIntensityInput,
  unit: "gCO2e/kWh" | "kgCO2e/kWh",
  path: ProblemPath,
): { readonly value: ExactValue; readonly factor?: TracedFactor } {
  if (!isFactorRow(value)) {
    const d = toDecimal(value, path);
    assertNonNegative(d, path, { fr: "Une intensité carbone ne peut pas être négative.", en: "A carbon intensity cannot be negative." });
    return { value: new Exact(d) };
  }
  const scale = PER_KWH[value.unit];
  if (value.criterion !== "gwp" || scale === undefined || value.value.isNegative()) {
    throw new NrsError([
      {
        code: "NRS_FACTOR_UNIT",
        severity: "error",
        path,
        message: {
          fr: `Le facteur ${value.id} (${value.criterion}, ${value.unit}) n'est pas une intensité carbone de l'électricité (gCO2e/kWh, kgCO2e/kWh ou tCO2e/kWh).`,
          en: `Factor ${value.id} (${value.criterion}, ${value.unit}) is not an electricity carbon intensity (gCO2e/kWh, kgCO2e/kWh or tCO2e/kWh).`,
        },
      },
    ]);
  }
  const grams = new Exact(value.value).times(scale);
  return { value: unit === "gCO2e/kWh" ? grams : grams.dividedBy(1000), factor: traceFactor(value) };
}
