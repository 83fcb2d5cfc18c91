import { SWD_V3, SWD_V4 } from "./sustainable-web-design-constants.js";

/** Where a traced SWD or OneByte constant comes from: its `factors.csv` id and what it is. @internal */
export interface ModelConstant {
  readonly id: string;
  readonly item: string;
  readonly criterion: string;
  readonly value: string;
  readonly unit: string;
  /** Year of the figure; for CO2.js constants without one, the year of the file version read (2025). */
  readonly year: number;
  readonly url: string;
  readonly licence: string;
}

const CO2JS = "thegreenwebfoundation/co2.js@27cbe8328aeaad0824fb07b3640dc45b72228c7b";

function swdConstant(id: string, version: 3 | 4, criterion: string, value: string, unit: string): ModelConstant {
  return {
    id,
    item: `Sustainable Web Design v${version}`,
    criterion,
    value,
    unit,
    year: 2025,
    url: `${CO2JS}:src/constants/index.js`,
    licence: "Apache-2.0",
  };
}

/**
 * The SWD constants of each version with their `factors.csv` ids, for traces.
 * @internal
 */
export const SWD_TRACE_CONSTANTS = {
  3: {
    energy: [
      swdConstant("net-swdv3-kwh_per_gb", 3, "KWH_PER_GB", SWD_V3.kWhPerGB, "kWh/GB"),
      swdConstant("net-swdv3-end_user_device_energy", 3, "END_USER_DEVICE_ENERGY", SWD_V3.deviceShare, "share"),
      swdConstant("net-swdv3-network_energy", 3, "NETWORK_ENERGY", SWD_V3.networkShare, "share"),
      swdConstant("net-swdv3-datacenter_energy", 3, "DATACENTER_ENERGY", SWD_V3.dataCenterShare, "share"),
      swdConstant("net-swdv3-production_energy", 3, "PRODUCTION_ENERGY", SWD_V3.productionShare, "share"),
    ],
    global: {
      id: "elec-co2js-ember-world",
      item: "World grid average (Ember)",
      criterion: "GHG intensity",
      value: SWD_V3.globalGridIntensity,
      unit: "gCO2e/kWh",
      year: 2024,
      url: `${CO2JS}:src/data/average-intensities.min.js`,
      licence: "CC BY-SA 4.0 (Ember data, per CO2.js README)",
    },
    renewables: swdConstant("elec-co2js-renewables", 3, "RENEWABLES_GRID_INTENSITY", SWD_V3.renewablesGridIntensity, "gCO2e/kWh"),
    visit: {
      firstVisitShare: swdConstant(
        "net-swdv3-first_time_viewing_percentage",
        3,
        "FIRST_TIME_VIEWING_PERCENTAGE",
        SWD_V3.firstVisitShare,
        "share",
      ),
      returnVisitShare: swdConstant(
        "net-swdv3-returning_visitor_percentage",
        3,
        "RETURNING_VISITOR_PERCENTAGE",
        SWD_V3.returnVisitShare,
        "share",
      ),
      dataReloadRatio: swdConstant(
        "net-swdv3-percentage_of_data_loaded_on_subsequent_load",
        3,
        "PERCENTAGE_OF_DATA_LOADED_ON_SUBSEQUENT_LOAD",
        SWD_V3.dataReloadRatio,
        "share",
      ),
    },
  },
  4: {
    energy: [
      swdConstant(
        "net-swdv4-operational_kwh_per_gb_datacenter",
        4,
        "OPERATIONAL_KWH_PER_GB_DATACENTER",
        SWD_V4.operationalDataCenter,
        "kWh/GB",
      ),
      swdConstant("net-swdv4-operational_kwh_per_gb_network", 4, "OPERATIONAL_KWH_PER_GB_NETWORK", SWD_V4.operationalNetwork, "kWh/GB"),
      swdConstant("net-swdv4-operational_kwh_per_gb_device", 4, "OPERATIONAL_KWH_PER_GB_DEVICE", SWD_V4.operationalDevice, "kWh/GB"),
      swdConstant("net-swdv4-embodied_kwh_per_gb_datacenter", 4, "EMBODIED_KWH_PER_GB_DATACENTER", SWD_V4.embodiedDataCenter, "kWh/GB"),
      swdConstant("net-swdv4-embodied_kwh_per_gb_network", 4, "EMBODIED_KWH_PER_GB_NETWORK", SWD_V4.embodiedNetwork, "kWh/GB"),
      swdConstant("net-swdv4-embodied_kwh_per_gb_device", 4, "EMBODIED_KWH_PER_GB_DEVICE", SWD_V4.embodiedDevice, "kWh/GB"),
    ],
    global: swdConstant("elec-swdv4-global", 4, "GLOBAL_GRID_INTENSITY", SWD_V4.globalGridIntensity, "gCO2e/kWh"),
  },
} as const;
