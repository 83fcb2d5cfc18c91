import type { FollowUpOptions } from "@nrs/indicators";
const o: FollowUpOptions = { year: 2025, tolerance: "0.05" };
console.log(o.tolerance);
export {};
