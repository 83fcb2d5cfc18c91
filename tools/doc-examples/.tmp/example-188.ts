import { CRITERIA } from "@nrs/footprint";
__nrsLog(0, CRITERIA[0]); // "gwp"
export {};
