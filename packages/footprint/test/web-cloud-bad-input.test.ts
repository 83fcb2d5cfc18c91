// Bad-input corpus of the web, network and cloud calculators: every case must be refused with an
// NrsError carrying the expected code at the expected path, with French and English messages —
// never a crash, a NaN, a silent zero or a negative footprint.
import { describe, it } from "vitest";
import { computeCloudFootprint } from "../src/cloud/cloud-footprint.js";
import type { CloudUsage } from "../src/cloud/cloud-usage.js";
import { ecoIndex, ecoIndexGrade, type EcoIndexInput } from "../src/web/ecoindex.js";
import { defineFactorPack } from "../src/packs/define-factor-pack.js";
import { computeNetworkFootprint, type NetworkFootprintInput } from "../src/network/network-footprint.js";
import { oneByte } from "../src/web/one-byte.js";
import { sustainableWebDesign, type SustainableWebDesignOptions } from "../src/web/sustainable-web-design.js";
import { expectNrsError } from "./errors.js";

const pack = defineFactorPack({
  id: "bad-input",
  version: "1",
  title: { fr: "t", en: "t" },
  rows: [
    {
      id: "f",
      item: "reseau_fixe_FR",
      criterion: "gwp",
      stage: "use",
      value: "0.009",
      unit: "kgCO2e/GB",
      source: "s",
      year: 2022,
      geography: "FR",
      licence: "l",
    },
  ],
});

type Case = readonly [label: string, run: () => unknown, code: string, path?: readonly (string | number)[]];

const swd = sustainableWebDesign();
const swd3 = sustainableWebDesign({ version: 3 });
const one = oneByte();
const eco = (i: Partial<Record<keyof EcoIndexInput, unknown>>) => () => ecoIndex({ dom: 1, requests: 1, sizeKb: 1, ...i } as EcoIndexInput);
const cloud = (u: Record<string, unknown>) => () =>
  computeCloudFootprint({ provider: "aws", region: "eu-west-3", ...u } as unknown as CloudUsage);
const net = (i: Record<string, unknown>) => () =>
  computeNetworkFootprint({ pack, flows: [{ network: "fixed-FR", volume: 1 }], ...i } as unknown as NetworkFootprintInput);
const opts = (o: Record<string, unknown>) => () => sustainableWebDesign(o as SustainableWebDesignOptions);

const cases: Case[] = [
  // Sustainable Web Design
  ["SWD negative bytes", () => swd.perByte(-1), "NRS_NEGATIVE", ["bytes"]],
  ["SWD negative bytes as text", () => swd.perVisit("-2048"), "NRS_NEGATIVE", ["bytes"]],
  ["SWD NaN bytes", () => swd.perByte(Number.NaN), "NRS_NOT_A_NUMBER", ["bytes"]],
  ["SWD infinite bytes", () => swd.perVisit(Number.POSITIVE_INFINITY), "NRS_NOT_A_NUMBER", ["bytes"]],
  ["SWD -Infinity bytes", () => swd3.perByte(Number.NEGATIVE_INFINITY), "NRS_NOT_A_NUMBER", ["bytes"]],
  ["SWD empty text", () => swd.perByteTrace(""), "NRS_NOT_A_NUMBER", ["bytes"]],
  ["SWD French decimal comma", () => swd.perByte("1,5"), "NRS_NOT_A_NUMBER", ["bytes"]],
  ["SWD object as bytes", () => swd.perByte({} as never), "NRS_NOT_A_NUMBER", ["bytes"]],
  ["SWD null bytes", () => swd3.perVisitTrace(null as never), "NRS_NOT_A_NUMBER", ["bytes"]],
  ["SWD bad weight in a total", () => swd.perByteTotal([10, "x", 3]), "NRS_NOT_A_NUMBER", ["weights", 1]],
  ["SWD negative float path", () => swd.perByteFloat(-0.5), "NRS_NEGATIVE", ["bytes"]],
  ["SWD green not boolean", () => swd.perVisit(1, "false" as never), "NRS_INVALID_TYPE", ["green"]],
  ["SWD version 2", opts({ version: 2 }), "NRS_INVALID_VALUE", ["options", "version"]],
  ["SWD version as text", opts({ version: "4" }), "NRS_INVALID_VALUE", ["options", "version"]],
  ["SWD green factor above 1", opts({ greenHostingFactor: 1.01 }), "NRS_SHARE_ABOVE_ONE", ["options", "greenHostingFactor"]],
  ["SWD negative green factor", opts({ greenHostingFactor: -0.1 }), "NRS_NEGATIVE", ["options", "greenHostingFactor"]],
  [
    "SWD v3 with green factor",
    opts({ version: 3, greenHostingFactor: 0.5 }),
    "NRS_OPTION_NOT_IN_VERSION",
    ["options", "greenHostingFactor"],
  ],
  ["SWD first visits above 1", opts({ firstVisitShare: 75 }), "NRS_SHARE_ABOVE_ONE", ["options", "firstVisitShare"]],
  ["SWD negative reload ratio", opts({ dataReloadRatio: "-0.02" }), "NRS_NEGATIVE", ["options", "dataReloadRatio"]],
  ["SWD negative grid intensity", opts({ gridIntensity: { dataCenter: -1 } }), "NRS_NEGATIVE", ["options", "gridIntensity", "dataCenter"]],
  ["SWD grid intensity as text", opts({ gridIntensity: { network: "FRA" } }), "NRS_NOT_A_NUMBER", ["options", "gridIntensity", "network"]],
  ["SWD unknown segment", opts({ gridIntensity: { production: 100 } }), "NRS_UNKNOWN_KEY", ["options", "gridIntensity"]],
  ["SWD CO2.js option name", opts({ firstVisitPercentage: 0.5 }), "NRS_UNKNOWN_KEY", ["options"]],
  // OneByte
  ["OneByte negative bytes", () => one.perByte(-10), "NRS_NEGATIVE", ["bytes"]],
  ["OneByte NaN", () => one.perByteTrace(Number.NaN), "NRS_NOT_A_NUMBER", ["bytes"]],
  ["OneByte green not boolean", () => one.perByteTrace(1, 0 as never), "NRS_INVALID_TYPE", ["green"]],
  // EcoIndex
  ["EcoIndex negative DOM", eco({ dom: -5 }), "NRS_NEGATIVE", ["dom"]],
  ["EcoIndex fractional DOM", eco({ dom: 10.5 }), "NRS_NOT_INTEGER", ["dom"]],
  ["EcoIndex fractional requests", eco({ requests: "3.2" }), "NRS_NOT_INTEGER", ["requests"]],
  ["EcoIndex negative size", eco({ sizeKb: -0.01 }), "NRS_NEGATIVE", ["sizeKb"]],
  ["EcoIndex NaN size", eco({ sizeKb: Number.NaN }), "NRS_NOT_A_NUMBER", ["sizeKb"]],
  ["EcoIndex infinite requests", eco({ requests: Number.POSITIVE_INFINITY }), "NRS_NOT_A_NUMBER", ["requests"]],
  ["EcoIndex size as text", eco({ sizeKb: "heavy" }), "NRS_NOT_A_NUMBER", ["sizeKb"]],
  ["EcoIndex missing DOM", () => ecoIndex({ requests: 1, sizeKb: 1 } as never), "NRS_REQUIRED", ["dom"]],
  ["EcoIndex grade of negative score", () => ecoIndexGrade(-1), "NRS_NEGATIVE", ["score"]],
  // Networks
  ["network negative volume", net({ flows: [{ network: "fixed-FR", volume: -1 }] }), "NRS_NEGATIVE", ["flows", 0, "volume"]],
  ["network volume as text", net({ flows: [{ network: "fixed-FR", volume: "1 Go" }] }), "NRS_INVALID_FORMAT", ["flows", 0, "volume"]],
  ["network unknown unit", net({ flows: [{ network: "fixed-FR", volume: 1, unit: "Go" }] }), "NRS_INVALID_VALUE", ["flows", 0, "unit"]],
  ["network empty name", net({ flows: [{ network: "", volume: 1 }] }), "NRS_TOO_SHORT", ["flows", 0, "network"]],
  ["network not in pack", net({ flows: [{ network: "mobile-FR", volume: 1 }] }), "NRS_FACTOR_NOT_FOUND", ["flows", 0, "network"]],
  ["network factor too recent for the year", net({ year: 2020 }), "NRS_FACTOR_NOT_FOUND", ["flows", 0, "network"]],
  ["network fractional year", net({ year: 2022.5 }), "NRS_INVALID_TYPE", ["year"]],
  ["network no pack", net({ pack: null }), "NRS_PACK_MISSING", ["pack"]],
  ["network unknown field", net({ flows: [{ network: "fixed-FR", volume: 1, gb: 2 }] }), "NRS_UNKNOWN_KEY", ["flows", 0]],
  // Cloud
  ["cloud unknown region", cloud({ region: "eu-west-1" }), "NRS_UNKNOWN_REGION", ["region"]],
  ["cloud region of another provider", cloud({ provider: "gcp", region: "eu-west-3" }), "NRS_UNKNOWN_REGION", ["region"]],
  ["cloud unknown provider", cloud({ provider: "scaleway" }), "NRS_INVALID_VALUE", ["provider"]],
  ["cloud empty region", cloud({ region: "" }), "NRS_TOO_SHORT", ["region"]],
  ["cloud negative vCPU-hours", cloud({ compute: { vcpuHours: -24 } }), "NRS_NEGATIVE", ["compute", "vcpuHours"]],
  [
    "cloud utilisation as percent",
    cloud({ compute: { vcpuHours: 24, utilisation: 50 } }),
    "NRS_SHARE_ABOVE_ONE",
    ["compute", "utilisation"],
  ],
  [
    "cloud unknown host family",
    cloud({ compute: { vcpuHours: 24, embodied: "aws-m6" } }),
    "NRS_UNKNOWN_HOST_FAMILY",
    ["compute", "embodied"],
  ],
  [
    "cloud host with no vCPU",
    cloud({ compute: { vcpuHours: 24, embodied: { hostKgCO2e: 1000, hostVcpus: 0 } } }),
    "NRS_NOT_POSITIVE",
    ["compute", "embodied", "hostVcpus"],
  ],
  ["cloud negative memory", cloud({ memory: { gbHours: -1 } }), "NRS_NEGATIVE", ["memory", "gbHours"]],
  ["cloud NaN SSD", cloud({ storage: { ssdTbHours: Number.NaN } }), "NRS_NOT_A_NUMBER", ["storage", "ssdTbHours"]],
  [
    "cloud replication below 1",
    cloud({ storage: { hddTbHours: 1, replicationFactor: "0.5" } }),
    "NRS_BELOW_ONE",
    ["storage", "replicationFactor"],
  ],
  ["cloud negative networking", cloud({ networking: { gb: -3 } }), "NRS_NEGATIVE", ["networking", "gb"]],
  ["cloud PUE below 1", cloud({ pue: 0.95 }), "NRS_BELOW_ONE", ["pue"]],
  ["cloud negative grid factor", cloud({ region: "x", gridKgCO2ePerKWh: -0.05 }), "NRS_NEGATIVE", ["gridKgCO2ePerKWh"]],
  [
    "cloud grid factor that is not per kWh",
    cloud({ region: "x", gridKgCO2ePerKWh: pack.rows[0] }),
    "NRS_FACTOR_UNIT",
    ["gridKgCO2ePerKWh"],
  ],
  ["cloud unknown field", cloud({ gpu: { hours: 3 } }), "NRS_UNKNOWN_KEY", []],
];

describe("web, network and cloud calculators refuse bad input with a bilingual problem", () => {
  it(`has a sizeable corpus (${cases.length} cases)`, () => {
    if (cases.length < 50) throw new Error("corpus shrank");
  });
  for (const [label, run, code, path] of cases) {
    it(label, () => {
      expectNrsError(run, code, path);
    });
  }
});
