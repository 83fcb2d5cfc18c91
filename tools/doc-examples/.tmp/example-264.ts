import { SWD_V4 } from "@nrs/footprint";
__nrsLog(0, SWD_V4.globalGridIntensity); // "494"
export {};
