import { STAGES } from "@nrs/footprint";
__nrsLog(0, STAGES.join(", ")); // "manufacturing, distribution, use, endOfLife"
export {};
