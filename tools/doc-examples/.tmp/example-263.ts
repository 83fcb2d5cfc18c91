import { SWD_V3 } from "@nrs/footprint";
__nrsLog(0, SWD_V3.kWhPerGB); // "0.81"
export {};
