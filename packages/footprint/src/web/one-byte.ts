import { Decimal } from "decimal.js";
import { Exact, NrsError, out, type DecimalInput, type ExactValue } from "@nrs/core";
import type { FootprintResult } from "../footprint-result.js";
import { impactTable } from "../impact.js";
import { given, tracedConstant } from "./model-trace.js";
import { nonNegative } from "../non-negative.js";
import type { ModelSource } from "./sustainable-web-design-constants.js";
import type { TracedFactor } from "../trace.js";

/** The constants of the OneByte model (decimal strings). */
export interface OneByteConstants {
  /** kWh per byte in the data centre. */
  readonly kWhPerByteDataCenter: string;
  /** kWh per byte, fixed wired network. */
  readonly kWhPerByteFixedWired: string;
  /** kWh per byte, fixed Wi-Fi network. */
  readonly kWhPerByteFixedWifi: string;
  /** kWh per byte, 4G mobile network. */
  readonly kWhPerByteMobile4G: string;
  /** gCO2e/kWh for grey data centres. */
  readonly gridIntensityDataCenterGrey: string;
  /** gCO2e/kWh for the network. */
  readonly gridIntensityNetworkGrey: string;
  /** gCO2e/kWh for green data centres. */
  readonly gridIntensityDataCenterGreen: string;
  /** Where the constants were read. */
  readonly source: ModelSource;
}

/**
 * Constants of the OneByte model (The Shift Project, 2018) as CO2.js 0.19.0 implements it
 * (`src/1byte.js`, Apache-2.0; `FACTORS.md` §3.2, `factors.csv` rows `net-onebyte-*`). Decimal strings,
 * kept exact. The network figure is the mean of the three access technologies.
 *
 * @example
 * ```ts
 * import { ONE_BYTE } from "@nrs/footprint";
 * console.log(ONE_BYTE.kWhPerByteDataCenter); // "7.2e-11"
 * ```
 */
export const ONE_BYTE: OneByteConstants = {
  /** kWh per byte in the data centre. */
  kWhPerByteDataCenter: "7.2e-11",
  /** kWh per byte, fixed wired network. */
  kWhPerByteFixedWired: "4.29e-10",
  /** kWh per byte, fixed Wi-Fi network. */
  kWhPerByteFixedWifi: "1.52e-10",
  /** kWh per byte, 4G mobile network. */
  kWhPerByteMobile4G: "8.84e-10",
  /** gCO2e/kWh for grey data centres ("US grid mix figure"). */
  gridIntensityDataCenterGrey: "519",
  /** gCO2e/kWh for the network ("IEA's 2018 report for a global average"). */
  gridIntensityNetworkGrey: "475",
  /** gCO2e/kWh for green data centres. */
  gridIntensityDataCenterGreen: "0",
  source: {
    name: "OneByte model (The Shift Project, 2018), as implemented by CO2.js (@tgwf/co2) 0.19.0",
    url: "https://github.com/thegreenwebfoundation/co2.js/blob/27cbe8328aeaad0824fb07b3640dc45b72228c7b/src/1byte.js",
    licence: "Apache-2.0",
  },
};

/** A figure split between the data centre and the network. */
export interface OneByteSplit {
  /** The data-centre part. */
  readonly dataCenter: Decimal;
  /** The network part. */
  readonly network: Decimal;
}

/** Every variable a OneByte estimate used. */
export interface OneByteVariables {
  /** Always `onebyte`. */
  readonly model: "onebyte";
  /** The bytes as given. */
  readonly bytes: Decimal;
  /** Bytes that entered the formula (under one byte counts as zero). */
  readonly bytesCounted: Decimal;
  /** kWh per byte (network: the mean of three technologies, 40 significant digits). */
  readonly kWhPerByte: OneByteSplit;
  /** gCO2e/kWh actually applied. */
  readonly gridIntensity: OneByteSplit;
  /** Where the constants were read. */
  readonly source: ModelSource;
}

/**
 * A traced OneByte estimate: the total and every variable used. As a `FootprintResult`, `impacts` has
 * GWP in kgCO2e and energy in kWh at stage `use` (the model has no embodied part), and `trace` lists
 * the constants (with their `factors.csv` ids) and the input.
 */
export interface OneByteTraceResult extends FootprintResult {
  /** gCO2e. */
  readonly co2: Decimal;
  /** Whether the estimate is for green hosting. */
  readonly green: boolean;
  /** gCO2e of the data centre and of the network; they add up to `co2`. */
  readonly segments: OneByteSplit;
  /** Every variable used. */
  readonly variables: OneByteVariables;
}

/** The OneByte model; build it with {@link oneByte}. */
export interface OneByteModel {
  /** gCO2e for transferring `bytes`. Under one byte counts as zero, as in CO2.js. */
  perByte(bytes: DecimalInput, green?: boolean): Decimal;
  /** {@link OneByteModel.perByte} with the data-centre and network parts and every variable used. */
  perByteTrace(bytes: DecimalInput, green?: boolean): OneByteTraceResult;
}

/** Significant digits kept after the one division the model needs (a mean of three). */
const DIGITS = 40;

const URL_1BYTE = "thegreenwebfoundation/co2.js@27cbe8328aeaad0824fb07b3640dc45b72228c7b:src/1byte.js";
function constant(id: string, criterion: string, value: string, unit: string): TracedFactor {
  return tracedConstant(
    { id, item: "OneByte model (Shift Project 2018)", criterion, value, unit, year: 2018, url: URL_1BYTE, licence: "Apache-2.0" },
    "@tgwf/co2",
    "0.19.0",
    ONE_BYTE.source.name,
  );
}
const CONSTANTS = {
  dc: constant("net-onebyte-kwh_per_byte_in_dc", "KWH_PER_BYTE_IN_DC", ONE_BYTE.kWhPerByteDataCenter, "kWh/byte"),
  net: [
    constant("net-onebyte-fixed_network_wired", "FIXED_NETWORK_WIRED", ONE_BYTE.kWhPerByteFixedWired, "kWh/byte"),
    constant("net-onebyte-fixed_network_wifi", "FIXED_NETWORK_WIFI", ONE_BYTE.kWhPerByteFixedWifi, "kWh/byte"),
    constant("net-onebyte-four_g_mobile", "FOUR_G_MOBILE", ONE_BYTE.kWhPerByteMobile4G, "kWh/byte"),
  ],
  dcGrey: constant("net-onebyte-co2_per_kwh_in_dc_grey", "CO2_PER_KWH_IN_DC_GREY", ONE_BYTE.gridIntensityDataCenterGrey, "gCO2e/kWh"),
  dcGreen: constant("net-onebyte-co2_per_kwh_in_dc_green", "CO2_PER_KWH_IN_DC_GREEN", ONE_BYTE.gridIntensityDataCenterGreen, "gCO2e/kWh"),
  netGrey: constant("net-onebyte-co2_per_kwh_network_grey", "CO2_PER_KWH_NETWORK_GREY", ONE_BYTE.gridIntensityNetworkGrey, "gCO2e/kWh"),
};

const DC_KWH = new Exact(ONE_BYTE.kWhPerByteDataCenter);
// Three times the network mean: kept whole so that the division by 3 happens once, at the very end.
const NET_KWH_X3 = new Exact(ONE_BYTE.kWhPerByteFixedWired).plus(ONE_BYTE.kWhPerByteFixedWifi).plus(ONE_BYTE.kWhPerByteMobile4G);
const ONE = new Exact(1);
const ZERO = new Exact(0);

function third(x: ExactValue): ExactValue {
  return x.dividedBy(3).toSignificantDigits(DIGITS, Decimal.ROUND_HALF_EVEN);
}

/**
 * Builds the OneByte model (The Shift Project, 2018) as CO2.js 0.19.0 applies it: energy per byte in the
 * data centre plus the mean of three network technologies, times a grid intensity.
 *
 * Two choices of CO2.js are kept so that the figures match it: with grey hosting the *whole* energy
 * (data centre and network) is multiplied by the data-centre figure 519 gCO2e/kWh, while with green
 * hosting the data centre counts 0 and the network 475 gCO2e/kWh. Exactness: grey results are exact
 * (519 / 3 = 173); green results involve 475 / 3 and are rounded to 40 significant digits, half to even.
 *
 * @example
 * ```ts
 * import { oneByte } from "@nrs/footprint";
 * const m = oneByte();
 * // 1e12 bytes × (72 + 1465/3)e-12 kWh × 519 g/kWh = 290 813 g
 * console.log(m.perByte(1e12).toString()); // "290813"
 * ```
 */
export function oneByte(): OneByteModel {
  const trace = (bytesIn: DecimalInput, green: boolean): OneByteTraceResult => {
    if (typeof green !== "boolean") {
      throw new NrsError([
        {
          code: "NRS_INVALID_TYPE",
          severity: "error",
          path: ["green"],
          message: {
            fr: `green doit valoir true ou false (reçu ${String(green)}).`,
            en: `green must be true or false (got ${String(green)}).`,
          },
        },
      ]);
    }
    const bytes = nonNegative(bytesIn, ["bytes"]);
    const b = bytes.lessThan(ONE) ? ZERO : bytes;
    const dcIntensity = new Exact(green ? ONE_BYTE.gridIntensityDataCenterGreen : ONE_BYTE.gridIntensityDataCenterGrey);
    const netIntensity = new Exact(green ? ONE_BYTE.gridIntensityNetworkGrey : ONE_BYTE.gridIntensityDataCenterGrey);
    const dataCenter = b.times(DC_KWH).times(dcIntensity);
    const network = third(b.times(NET_KWH_X3).times(netIntensity));
    const co2 = dataCenter.plus(network);
    const kwh = third(b.times(DC_KWH.times(3).plus(NET_KWH_X3)));
    const used = [CONSTANTS.dc, ...CONSTANTS.net, green ? CONSTANTS.dcGreen : CONSTANTS.dcGrey, ...(green ? [CONSTANTS.netGrey] : [])];
    return {
      impacts: impactTable([
        { criterion: "gwp", stage: "use", value: out(co2.dividedBy(1000)) },
        { criterion: "energy", stage: "use", value: out(kwh) },
      ]),
      trace: {
        factors: used,
        values: [given("bytes", bytes.toFixed(), "B")],
        notes: b.equals(bytes)
          ? []
          : [{ fr: "Moins d'un octet : compté comme zéro, comme dans CO2.js.", en: "Under one byte: counted as zero, as in CO2.js." }],
      },
      co2: out(co2),
      green,
      segments: { dataCenter: out(dataCenter), network: out(network) },
      variables: {
        model: "onebyte",
        bytes: out(bytes),
        bytesCounted: out(b),
        kWhPerByte: { dataCenter: out(DC_KWH), network: out(third(NET_KWH_X3)) },
        gridIntensity: { dataCenter: out(dcIntensity), network: out(netIntensity) },
        source: ONE_BYTE.source,
      },
    };
  };
  // Grey: (dc + net/3) × 519 = (3·dc + net) × 173, exact.
  const greyPerByte = DC_KWH.times(3).plus(NET_KWH_X3).times(new Exact(ONE_BYTE.gridIntensityDataCenterGrey).dividedBy(3));
  return {
    perByte(bytesIn, green) {
      if (green !== undefined && green !== false) return trace(bytesIn, green).co2;
      const b = nonNegative(bytesIn, ["bytes"]);
      return b.lessThan(ONE) ? new Decimal(0) : out(b.times(greyPerByte));
    },
    perByteTrace: (bytes, green = false) => trace(bytes, green),
  };
}
