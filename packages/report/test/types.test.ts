import type { ImpactTable, TracedFactor } from "@nrs/footprint";
import type { FollowUp, FootprintChange as IndicatorsFootprintChange, IndicatorResults } from "@nrs/indicators";
import { describe, expectTypeOf, it } from "vitest";
import type { BilanReportInput, FactorCitation, FootprintChange, ImpactTableInput, IndicatorReport } from "../src/index.js";

// The report's inputs are structural: what @nrs/footprint and @nrs/indicators return must be accepted
// as is. These checks fail to compile (tsc -p tsconfig.test.json) if a producer's shape drifts.
describe("input types accept the producers' results", () => {
  it("footprint: ImpactTable and TracedFactor", () => {
    expectTypeOf<ImpactTable>().toExtend<ImpactTableInput>();
    expectTypeOf<TracedFactor>().toExtend<FactorCitation>();
  });
  it("indicators: FollowUp, IndicatorResults, decomposeFootprintChange changes", () => {
    expectTypeOf<FollowUp>().toExtend<IndicatorReport>();
    expectTypeOf<IndicatorResults>().toExtend<NonNullable<BilanReportInput["resultats"]>>();
    expectTypeOf<IndicatorsFootprintChange>().toExtend<FootprintChange>();
  });
});
