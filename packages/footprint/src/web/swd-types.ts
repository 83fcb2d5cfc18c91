import type { Decimal } from "decimal.js";
import type { DecimalInput } from "@nrs/core";
import type { FootprintResult } from "../footprint-result.js";
import type { GridIntensityInput } from "../grid-intensity.js";
import type { ModelSource } from "./sustainable-web-design-constants.js";

/** A Sustainable Web Design model version. */
export type SwdVersion = 3 | 4;

/** A Sustainable Web Design rating, from A+ (best) to F. */
export type SwdRating = "A+" | "A" | "B" | "C" | "D" | "E" | "F";

/**
 * Options of {@link sustainableWebDesign}. Every option has the default CO2.js 0.19.0 uses, so the same
 * options give the same figures as `new co2({ model: "swd", version })` with `perByteTrace`/`perVisitTrace`.
 */
export interface SustainableWebDesignOptions {
  /** Model version; 4 by default, as in CO2.js. */
  readonly version?: SwdVersion;
  /**
   * Grid intensity in gCO2e/kWh for the operational energy of each segment. Defaults to the model's
   * global figure (v3: 472.94, v4: 494). Embodied (v4) and production (v3) energy always use the global
   * figure, as the model prescribes. Each may be a number in gCO2e/kWh or a factor-pack row (such as
   * the French grid of `defaultFactorPack`, `electricite_FR`), which is converted and cited in the trace.
   */
  readonly gridIntensity?: {
    /** End-user devices, gCO2e/kWh. */
    readonly device?: GridIntensityInput;
    /** Networks, gCO2e/kWh. */
    readonly network?: GridIntensityInput;
    /** Data centres, gCO2e/kWh. */
    readonly dataCenter?: GridIntensityInput;
  };
  /**
   * v4 only: share (0–1) of the data centre's operational energy that comes from green sources; 0 by
   * default. Calling with `green = true` sets it to 1. (v3 has no such factor: green hosting there means
   * the data-centre segment uses the renewables intensity, 50 gCO2e/kWh.)
   */
  readonly greenHostingFactor?: DecimalInput;
  /** perVisit: share of visits that are first visits (v3 default 0.75, v4 default 1). CO2.js: `firstVisitPercentage`. */
  readonly firstVisitShare?: DecimalInput;
  /** perVisit: share of visits that are returning visits (v3 default 0.25, v4 default 0). CO2.js: `returnVisitPercentage`. */
  readonly returnVisitShare?: DecimalInput;
  /** perVisit: share of the page downloaded again on a returning visit (v3 default 0.02, v4 default 0). */
  readonly dataReloadRatio?: DecimalInput;
}

/** Every variable a Sustainable Web Design estimate used, so that it can be checked and reproduced. */
export interface SwdVariables {
  /** Always `sustainable-web-design`. */
  readonly model: "sustainable-web-design";
  /** The model version used. */
  readonly version: SwdVersion;
  /** The bytes as given. */
  readonly bytes: Decimal;
  /** Bytes that entered the formula: the model counts transfers under one byte as nothing (as CO2.js does). */
  readonly bytesCounted: Decimal;
  /** gCO2e/kWh per segment; `embodied` is the global figure used for production/embodied energy. */
  readonly gridIntensity: {
    /** End-user devices. */
    readonly device: Decimal;
    /** Networks. */
    readonly network: Decimal;
    /** Data centres (the renewables figure for green hosting in v3). */
    readonly dataCenter: Decimal;
    /** Production (v3) or embodied (v4) energy: always the model's global figure. */
    readonly embodied: Decimal;
  };
  /** v4: share of the data centre's operational energy that is green (1 when `green`). */
  readonly greenHostingFactor?: Decimal;
  /** Per-visit estimates: share of first visits. */
  readonly firstVisitShare?: Decimal;
  /** Per-visit estimates: share of returning visits. */
  readonly returnVisitShare?: Decimal;
  /** Per-visit estimates: share of the page reloaded on a returning visit. */
  readonly dataReloadRatio?: Decimal;
  /** Where the constants were read. */
  readonly source: ModelSource;
}

/**
 * A traced Sustainable Web Design estimate, in the spirit of CO2.js's `perByteTrace`: the total, the
 * part of each segment (operational energy at its grid intensity and embodied energy at the global
 * one), the rating and every variable used. Segments add up exactly to `co2`.
 *
 * It is also a `FootprintResult`: `impacts` holds GWP in kgCO2e (operational segments at stage `use`,
 * embodied/production at `manufacturing`) and the operational energy in kWh (`energy`, stage `use`),
 * with min = max = value (the model gives no range); `trace` lists every constant used (with its
 * `factors.csv` id and source) and every input and default.
 */
export interface SwdTraceResult extends FootprintResult {
  /** Total, in gCO2e. */
  readonly co2: Decimal;
  /** Whether the estimate is for green hosting. */
  readonly green: boolean;
  /**
   * gCO2e per segment (after the green-hosting factor and, per visit, the visit shares).
   * v3 keys: `device`, `network`, `dataCenter`, `production`; v4 keys: `deviceOperational`,
   * `networkOperational`, `dataCenterOperational`, `deviceEmbodied`, `networkEmbodied`, `dataCenterEmbodied`.
   */
  readonly segments: Readonly<Record<string, Decimal>>;
  /** SWD rating of `co2` on this version's scale. */
  readonly rating: SwdRating;
  /** Every variable used, in CO2.js's `variables` spirit. */
  readonly variables: SwdVariables;
}

/** The exact gCO2e per byte a configured model applies. */
export interface SwdCoefficients {
  /** gCO2e per byte transferred. */
  readonly perByte: Decimal;
  /** gCO2e per byte of page weight, per visit (per byte × visit shares). */
  readonly perVisit: Decimal;
}

/** A configured Sustainable Web Design model; build one with {@link sustainableWebDesign}. */
export interface SustainableWebDesignModel {
  /** The model version. */
  readonly version: SwdVersion;
  /**
   * gCO2e for transferring `bytes` (exact). Under one byte counts as zero, as in CO2.js.
   *
   * For a whole byte count (up to 2⁵³) the result is a lazy exact `Decimal`: the call keeps the bytes and
   * the model's precomputed exact coefficient, and the digits of their product are computed on the first
   * read (any method, `toString`, arithmetic) and kept. So a call costs less than CO2.js's floating-point
   * one, and reading the value costs one exact multiplication (`bench/swd-per-byte.ts`). The value is a
   * genuine `Decimal` of your decimal.js (`instanceof`, every method) with the same digits as an eager
   * product; only its own fields differ from a Decimal built by decimal.js, so compare results with
   * `equals`, not with a deep equality of objects (`toEqual`, `deepStrictEqual`). For many transfers,
   * {@link SustainableWebDesignModel.perByteTotal} gives one exact total; for a float per item (charts,
   * live views), {@link SustainableWebDesignModel.perByteFloat}.
   */
  perByte(bytes: DecimalInput, green?: boolean): Decimal;
  /**
   * gCO2e for one visit of a page weighing `bytes`, with the visit shares of the options (exact).
   * Same lazy exact value as `perByte`; for many pages, {@link SustainableWebDesignModel.perVisitTotal}
   * gives their exact total with one Decimal in all.
   */
  perVisit(bytes: DecimalInput, green?: boolean): Decimal;
  /** {@link SustainableWebDesignModel.perByte} with segments, rating and every variable used. */
  perByteTrace(bytes: DecimalInput, green?: boolean): SwdTraceResult;
  /** {@link SustainableWebDesignModel.perVisit} with segments, rating and every variable used. */
  perVisitTrace(bytes: DecimalInput, green?: boolean): SwdTraceResult;
  /**
   * Exact total gCO2e of many transfers: the byte counts are added up first (exactly) and multiplied
   * once, so the Decimal work does not grow with the number of transfers. Equal to the sum of
   * `perByte` over the list.
   */
  perByteTotal(weights: Iterable<DecimalInput>, green?: boolean): Decimal;
  /** Exact total gCO2e of many visits; equal to the sum of `perVisit` over the list. */
  perVisitTotal(weights: Iterable<DecimalInput>, green?: boolean): Decimal;
  /**
   * Floating-point gCO2e for `bytes`, for hot loops that only need a float (charts, live estimates):
   * one multiplication by the exact per-byte coefficient rounded once to a double, so the relative
   * error against {@link SustainableWebDesignModel.perByte} is at most about 2.3e-16. Not for reports.
   */
  perByteFloat(bytes: number, green?: boolean): number;
  /** The exact gCO2e per byte this model applies (per byte transferred and per byte of a visited page). */
  coefficients(green?: boolean): SwdCoefficients;
  /** The SWD rating of an amount of gCO2e per page view for this version. */
  rating(gramsPerView: DecimalInput): SwdRating;
}
