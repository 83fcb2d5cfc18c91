import { sumExact } from "@nrs/core";
__nrsLog(0, sumExact(["0.1", "0.2", "0.3"]).toString()); // "0.6"
export {};
