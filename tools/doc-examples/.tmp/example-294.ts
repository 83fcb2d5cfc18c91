import { allocate, type AllocationBasis } from "@nrs/indicators";
const by: AllocationBasis = "agents";
__nrsLog(0, allocate(90, by, { a: 10, b: 20 })["b"]?.toString()); // 60
export {};
