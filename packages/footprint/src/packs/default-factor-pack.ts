import type { FactorPack } from "./factor-pack.js";
import { frAdeme_1_0_0 } from "./fr-ademe-1.0.0.js";
import { frAdemeFigures_1_0_0 } from "./fr-ademe-1.0.0-figures.js";

/**
 * The factor pack the calculators use when none is given: the French ADEME pack (`fr-ademe`), in its
 * latest version. Pin a version (e.g. `frAdeme_1_0_0`) in reports that must be reproducible.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, lookupFactor } from "@nrs/footprint";
 * const life = lookupFactor(defaultFactorPack, { item: "ordinateur_portable", criterion: "lifetime" });
 * console.log(defaultFactorPack.id, life.value.toString(), life.unit); // "fr-ademe" "5" "year"
 * ```
 */
export const defaultFactorPack: FactorPack = frAdeme_1_0_0;

/**
 * @internal What the calculators read when no pack is given: {@link defaultFactorPack} without the notes
 * and labels of its rows (the same ids, figures, units, sources and licences, so the same results and
 * traces, which never cite notes), so that a bundle computing a footprint does not carry those texts.
 * A test checks that it is `defaultFactorPack` less its notes and labels.
 */
export const defaultCalculatorPack: FactorPack = frAdemeFigures_1_0_0;

/**
 * Lists the factor packs shipped with the library (id, version, title, what they were generated from).
 *
 * @example
 * ```ts
 * import { listFactorPacks } from "@nrs/footprint";
 * console.log(listFactorPacks().map((p) => `${p.id}@${p.version}`)); // ["fr-ademe@1.0.0"]
 * ```
 */
export function listFactorPacks(): readonly FactorPack[] {
  return [frAdeme_1_0_0];
}
