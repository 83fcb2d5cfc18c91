import type { ExactValue, Message, Problem } from "@nrs/core";
import type { TracedValue } from "../trace.js";
import type { ModelConstant } from "./model-constants.js";
import type { SwdRating, SwdVersion } from "./swd-types.js";

/** gCO2e per GB, per segment. @internal */
export type Segments = Readonly<Record<string, ExactValue>>;

/** Grid intensities (gCO2e/kWh) an estimate uses for each segment; `embodied` is the model's global figure. @internal */
export interface SegmentIntensities {
  readonly device: ExactValue;
  readonly network: ExactValue;
  readonly dataCenter: ExactValue;
  readonly embodied: ExactValue;
}

/** What one version computes for grey or green hosting. @internal */
export interface VersionSegments {
  readonly perGB: Segments;
  /** The intensity the data-centre segment used (v3 green hosting: the renewables figure). */
  readonly dataCenterIntensity: ExactValue;
  /** v4: the share of the data centre's operational energy that is green. */
  readonly greenHostingFactor?: ExactValue;
}

/**
 * One version of the Sustainable Web Design model: its constants and the parts of the calculation
 * that differ between versions. `sustainableWebDesign` does the rest (validation, per byte and per
 * visit, totals, traces) the same way for every version; a v5 is one more object of this shape.
 * @internal
 */
export interface SwdVersionModel {
  readonly version: SwdVersion;
  /** gCO2e/kWh used by default for every segment, and always for embodied/production energy. */
  readonly globalGridIntensity: string;
  /** perVisit defaults. */
  readonly visitDefaults: { readonly firstVisitShare: string; readonly returnVisitShare: string; readonly dataReloadRatio: string };
  /** Whether per-visit estimates count under one byte as zero (CO2.js: v4 yes, v3 no). */
  readonly visitFloors: boolean;
  /** Rating thresholds, gCO2e per page view, best first. */
  readonly ratings: readonly (readonly [SwdRating, string])[];
  /** The keys of `perGB` that are embodied (manufacturing stage). */
  readonly embodiedKeys: readonly string[];
  /** Operational (use-stage) kWh per GB. */
  readonly operationalKWhPerGB: ExactValue;
  /** The constants cited in every trace: energy figures and the global intensity. */
  readonly traceConstants: { readonly energy: readonly ModelConstant[]; readonly global: ModelConstant };
  /** A problem when an option does not exist in this version. */
  refuseOption(greenHostingFactor: ExactValue | undefined): Problem | undefined;
  /** Segments per GB for these intensities, grey or green hosting. */
  segments(
    i: Omit<SegmentIntensities, "embodied"> & { readonly global: ExactValue },
    green: boolean,
    greenHostingFactor: ExactValue | undefined,
  ): VersionSegments;
  /** The data-centre intensity's trace when the version replaces it (v3 green hosting), else undefined. */
  dataCenterTrace(green: boolean): { readonly factor: ModelConstant; readonly value: TracedValue } | undefined;
  /** Trace values of the green-hosting factor (v4), none in versions without one. */
  greenTrace(green: boolean, greenHostingFactor: ExactValue | undefined): TracedValue[];
  /** Trace of a per-visit share left at its default: the constant it comes from (if any) and why. */
  visitDefaultTrace(name: "firstVisitShare" | "returnVisitShare" | "dataReloadRatio"): {
    readonly factor?: ModelConstant;
    readonly reason: Message;
  };
}
