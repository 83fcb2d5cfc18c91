import { Exact, msg, type ExactValue, type Problem } from "@nrs/core";
import { defaulted } from "./model-trace.js";
import { SWD_TRACE_CONSTANTS } from "./model-constants.js";
import { SWD_RATINGS, SWD_V3 } from "./sustainable-web-design-constants.js";
import type { SwdVersionModel } from "./swd-version.js";

const KWH = new Exact(SWD_V3.kWhPerGB);
const C = SWD_TRACE_CONSTANTS[3];

/**
 * Sustainable Web Design v3: 0.81 kWh per GB split into four shares (devices 52 %, networks 14 %, data
 * centres 15 %, production 19 %), each at its grid intensity, production always at the global one.
 * Green hosting puts the data-centre share at the renewables intensity (50 gCO2e/kWh). Per visit:
 * 75 % first visits, 25 % returning ones reloading 2 % of the page; no floor under one byte (CO2.js).
 * @internal
 */
export const SWD_VERSION_3: SwdVersionModel = {
  version: 3,
  globalGridIntensity: SWD_V3.globalGridIntensity,
  visitDefaults: SWD_V3,
  visitFloors: false,
  ratings: SWD_RATINGS[3],
  embodiedKeys: ["production"],
  operationalKWhPerGB: KWH.times(new Exact(SWD_V3.deviceShare).plus(SWD_V3.networkShare).plus(SWD_V3.dataCenterShare)),
  traceConstants: C,
  refuseOption(greenHostingFactor: ExactValue | undefined): Problem | undefined {
    if (greenHostingFactor === undefined) return undefined;
    return {
      code: "NRS_OPTION_NOT_IN_VERSION",
      severity: "error",
      path: ["options", "greenHostingFactor"],
      message: msg(
        "greenHostingFactor n'existe que dans la version 4 du modèle SWD ; en version 3, passez green = true.",
        "greenHostingFactor exists only in version 4 of the SWD model; with version 3, pass green = true.",
      ),
    };
  },
  segments(i, green) {
    const dataCenterIntensity = green ? new Exact(SWD_V3.renewablesGridIntensity) : i.dataCenter;
    return {
      dataCenterIntensity,
      perGB: {
        device: KWH.times(SWD_V3.deviceShare).times(i.device),
        network: KWH.times(SWD_V3.networkShare).times(i.network),
        dataCenter: KWH.times(SWD_V3.dataCenterShare).times(dataCenterIntensity),
        production: KWH.times(SWD_V3.productionShare).times(i.global),
      },
    };
  },
  dataCenterTrace(green) {
    if (!green) return undefined;
    const reason = msg("Hébergement vert : intensité des renouvelables du modèle.", "Green hosting: the model's renewables intensity.");
    return {
      factor: C.renewables,
      value: defaulted("gridIntensity.dataCenter", SWD_V3.renewablesGridIntensity, reason, "gCO2e/kWh", C.renewables.id),
    };
  },
  greenTrace: () => [],
  visitDefaultTrace: (name) => ({
    factor: C.visit[name],
    reason: msg("Valeur par défaut du modèle SWD v3.", "Default of the SWD v3 model."),
  }),
};
