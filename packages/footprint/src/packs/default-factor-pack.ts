import type { FactorPack } from "./factor-pack.js";
import { frAdeme_1_2_0 } from "./fr-ademe-1.2.0.js";
import { frAdemeFigures_1_2_0 } from "./fr-ademe-1.2.0-figures.js";

/**
 * The factor pack the calculators use when none is given: the French ADEME pack (`fr-ademe`), in its
 * latest version. Pin a version (e.g. `frAdeme_1_2_0`) in reports that must be reproducible.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, lookupFactor } from "@nrs/footprint";
 * const life = lookupFactor(defaultFactorPack, { item: "ordinateur_portable", criterion: "lifetime" });
 * console.log(defaultFactorPack.id, life.value.toString(), life.unit); // "fr-ademe" "5" "year"
 * ```
 */
export const defaultFactorPack: FactorPack = frAdeme_1_2_0;

/**
 * @internal What the calculators read when no pack is given: {@link defaultFactorPack} without the notes
 * and labels of its rows (the same ids, figures, units, sources and licences, so the same results and
 * traces, which never cite notes), so that a bundle computing a footprint does not carry those texts.
 * A test checks that it is `defaultFactorPack` less its notes and labels.
 */
export const defaultCalculatorPack: FactorPack = frAdemeFigures_1_2_0;

/**
 * Lists the factor packs shipped with the library (id, version, title, what they were generated from).
 *
 * @example
 * ```ts
 * import { listFactorPacks } from "@nrs/footprint";
 * console.log(listFactorPacks().map((p) => `${p.id}@${p.version}`)); // ["fr-ademe@1.2.0"]
 * ```
 */
export function listFactorPacks(): readonly FactorPack[] {
  return [frAdeme_1_2_0];
}

/**
 * The pack's former export name, kept so that code importing it still builds: it is now `fr-ademe` 1.2.0,
 * which holds every row of 1.1.0 unchanged (same ids, same figures) plus the IP camera and connected
 * sensor rows. A trace made with it cites `fr-ademe@1.2.0`.
 *
 * @deprecated Use {@link frAdeme_1_2_0} (or {@link defaultFactorPack}); the 1.1.0 module is no longer shipped.
 * @example
 * ```ts
 * import { frAdeme_1_1_0 } from "@nrs/footprint";
 * console.log(frAdeme_1_1_0.version); // "1.2.0"
 * ```
 */
export const frAdeme_1_1_0: FactorPack = frAdeme_1_2_0;
