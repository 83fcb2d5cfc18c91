import { reuseRatio2023266, type ReuseRatioOptions } from "@nrs/indicators";
const o: ReuseRatioOptions = { year: 2025, maxAgeYears: 10 };
__nrsLog(0, reuseRatio2023266([], o)); // undefined
export {};
