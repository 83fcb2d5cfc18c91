/** Where a built-in model's constants were read: a name, a URL pinned to a commit, a licence. */
export interface ModelSource {
  /** What the figures are and which implementation they were read from. */
  readonly name: string;
  /** The file read, at a fixed commit. */
  readonly url: string;
  /** Licence of the file the figures were read from. */
  readonly licence: string;
}

/**
 * Where the Sustainable Web Design (SWD) constants were read: CO2.js 0.19.0 (Apache-2.0), file
 * `src/constants/index.js`, commit 27cbe8328aeaad0824fb07b3640dc45b72228c7b, as recorded in
 * `FACTORS.md` §3.1 and `factors.csv` (rows `net-swdv3-*`, `net-swdv4-*`, `elec-swdv4-global`,
 * `elec-co2js-ember-world`, `elec-co2js-renewables`). The figures are copied; the code is our own.
 *
 * @example
 * ```ts
 * import { SWD_SOURCE } from "@nrs/footprint";
 * console.log(SWD_SOURCE.licence); // "Apache-2.0"
 * ```
 */
export const SWD_SOURCE: ModelSource = {
  name: "Sustainable Web Design model, as implemented by CO2.js (@tgwf/co2) 0.19.0",
  url: "https://github.com/thegreenwebfoundation/co2.js/blob/27cbe8328aeaad0824fb07b3640dc45b72228c7b/src/constants/index.js",
  licence: "Apache-2.0",
};

/**
 * Constants of the Sustainable Web Design model version 3 (decimal strings, kept exact).
 * Energy per gigabyte is split into four segments whose shares add up to 1; the production
 * (embodied) share always uses the global grid intensity.
 *
 * `globalGridIntensity` is the Ember 2024 world average that CO2.js 0.19.0 ships
 * (`average-intensities` `WORLD`; Ember data CC BY-SA 4.0); `renewablesGridIntensity` is what the data
 * centre segment uses when hosting is green.
 *
 * @example
 * ```ts
 * import { SWD_V3 } from "@nrs/footprint";
 * console.log(SWD_V3.kWhPerGB); // "0.81"
 * ```
 */
export const SWD_V3 = {
  /** Energy of the whole system per gigabyte transferred, kWh/GB. */
  kWhPerGB: "0.81",
  /** Share of the energy used by end-user devices. */
  deviceShare: "0.52",
  /** Share used by networks. */
  networkShare: "0.14",
  /** Share used by data centres. */
  dataCenterShare: "0.15",
  /** Share for producing the equipment (embodied). */
  productionShare: "0.19",
  /** gCO2e/kWh, world average (Ember 2024 via CO2.js `WORLD`). */
  globalGridIntensity: "472.94",
  /** gCO2e/kWh for the data-centre segment of green-hosted sites. */
  renewablesGridIntensity: "50",
  /** perVisit: share of visits that load the page for the first time. */
  firstVisitShare: "0.75",
  /** perVisit: share of returning visits. */
  returnVisitShare: "0.25",
  /** perVisit: share of the page loaded again on a returning visit. */
  dataReloadRatio: "0.02",
} as const;

/**
 * Constants of the Sustainable Web Design model version 4 (decimal strings, kept exact): operational and
 * embodied energy per gigabyte for each of the three segments, and the fixed global grid intensity
 * that embodied energy always uses. perVisit defaults: every visit is a first visit, nothing reloaded.
 *
 * @example
 * ```ts
 * import { SWD_V4 } from "@nrs/footprint";
 * console.log(SWD_V4.globalGridIntensity); // "494"
 * ```
 */
export const SWD_V4 = {
  /** kWh/GB */
  operationalDataCenter: "0.055",
  /** kWh/GB */
  operationalNetwork: "0.059",
  /** kWh/GB */
  operationalDevice: "0.08",
  /** kWh/GB */
  embodiedDataCenter: "0.012",
  /** kWh/GB */
  embodiedNetwork: "0.013",
  /** kWh/GB */
  embodiedDevice: "0.081",
  /** gCO2e/kWh, SWD v4 fixed global intensity. */
  globalGridIntensity: "494",
  /** perVisit: share of first visits (all of them). */
  firstVisitShare: "1",
  /** perVisit: share of returning visits (none). */
  returnVisitShare: "0",
  /** perVisit: share of the page reloaded on a returning visit (none). */
  dataReloadRatio: "0",
} as const;

/**
 * SWD rating thresholds, gCO2e per page view: a page is rated by the first threshold it does not exceed
 * (A+ ≤ 5th percentile, A ≤ 10th, B ≤ 20th, C ≤ 30th, D ≤ 40th, E ≤ 50th, else F).
 *
 * @example
 * ```ts
 * import { SWD_RATINGS } from "@nrs/footprint";
 * console.log(SWD_RATINGS[4][0]); // ["A+", "0.04"]
 * ```
 */
export const SWD_RATINGS = {
  /** Version 3 thresholds. */
  3: [
    ["A+", "0.095"],
    ["A", "0.186"],
    ["B", "0.341"],
    ["C", "0.493"],
    ["D", "0.656"],
    ["E", "0.846"],
  ],
  /** Version 4 thresholds. */
  4: [
    ["A+", "0.04"],
    ["A", "0.079"],
    ["B", "0.145"],
    ["C", "0.209"],
    ["D", "0.278"],
    ["E", "0.359"],
  ],
} as const;
