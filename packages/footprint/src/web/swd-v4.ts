import { Exact, msg, type ExactValue } from "@nrs/core";
import { defaulted, given } from "./model-trace.js";
import { SWD_TRACE_CONSTANTS } from "./model-constants.js";
import { SWD_RATINGS, SWD_V4 } from "./sustainable-web-design-constants.js";
import type { SwdVersionModel } from "./swd-version.js";

const ONE = new Exact(1);
const ZERO = new Exact(0);
const kwh = (v: string): ExactValue => new Exact(v);

/**
 * Sustainable Web Design v4: operational and embodied kWh per GB for each of three segments (data
 * centres, networks, devices); operational energy at each segment's grid intensity, embodied energy at
 * the fixed global 494 gCO2e/kWh. The green-hosting factor removes that share of the data centre's
 * operational emissions (`green = true`: all of it). Per visit: every visit is a first visit; transfers
 * under one byte count as zero (CO2.js).
 * @internal
 */
export const SWD_VERSION_4: SwdVersionModel = {
  version: 4,
  globalGridIntensity: SWD_V4.globalGridIntensity,
  visitDefaults: SWD_V4,
  visitFloors: true,
  ratings: SWD_RATINGS[4],
  embodiedKeys: ["deviceEmbodied", "networkEmbodied", "dataCenterEmbodied"],
  operationalKWhPerGB: kwh(SWD_V4.operationalDataCenter).plus(SWD_V4.operationalNetwork).plus(SWD_V4.operationalDevice),
  traceConstants: SWD_TRACE_CONSTANTS[4],
  refuseOption: () => undefined,
  segments(i, green, greenHostingFactorOption) {
    const greenHostingFactor = green ? ONE : (greenHostingFactorOption ?? ZERO);
    return {
      dataCenterIntensity: i.dataCenter,
      greenHostingFactor,
      perGB: {
        deviceOperational: kwh(SWD_V4.operationalDevice).times(i.device),
        networkOperational: kwh(SWD_V4.operationalNetwork).times(i.network),
        dataCenterOperational: kwh(SWD_V4.operationalDataCenter).times(i.dataCenter).times(ONE.minus(greenHostingFactor)),
        deviceEmbodied: kwh(SWD_V4.embodiedDevice).times(i.global),
        networkEmbodied: kwh(SWD_V4.embodiedNetwork).times(i.global),
        dataCenterEmbodied: kwh(SWD_V4.embodiedDataCenter).times(i.global),
      },
    };
  },
  dataCenterTrace: () => undefined,
  greenTrace(green, greenHostingFactor) {
    if (green) {
      const why = msg(
        "green = true : tout le centre de données est alimenté en énergie verte.",
        "green = true: the whole data centre runs on green energy.",
      );
      return [defaulted("greenHostingFactor", "1", why)];
    }
    if (greenHostingFactor !== undefined) return [given("greenHostingFactor", greenHostingFactor.toFixed())];
    return [defaulted("greenHostingFactor", "0", msg("Pas d'hébergement vert déclaré.", "No green hosting declared."))];
  },
  visitDefaultTrace: () => ({
    reason: msg(
      "Valeur par défaut du modèle SWD v4 (chaque visite est une première visite).",
      "Default of the SWD v4 model (every visit is a first visit).",
    ),
  }),
};
