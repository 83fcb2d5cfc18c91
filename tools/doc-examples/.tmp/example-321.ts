import { computeIndicators, type ComputeIndicatorsOptions } from "@nrs/indicators";
const o: ComputeIndicatorsOptions = { year: 2025, entity: "26901", rgaaValidityYears: 3 };
__nrsLog(0, computeIndicators({}, o).entity); // 26901
export {};
