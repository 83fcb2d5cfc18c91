import { PARAMETERS } from "@nrs/footprint";
__nrsLog(0, PARAMETERS.includes("lifetime")); // true
export {};
