import { SWD_RATINGS } from "@nrs/footprint";
__nrsLog(0, SWD_RATINGS[4][0]); // ["A+", "0.04"]
export {};
