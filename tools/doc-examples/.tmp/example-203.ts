import { impactCell } from "@nrs/footprint";
__nrsLog(0, impactCell("kWh", 29).max.toString()); // "29"
export {};
