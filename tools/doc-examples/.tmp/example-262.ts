import { SWD_SOURCE } from "@nrs/footprint";
__nrsLog(0, SWD_SOURCE.licence); // "Apache-2.0"
export {};
