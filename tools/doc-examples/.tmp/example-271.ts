import { emptyTrace } from "@nrs/footprint";
__nrsLog(0, emptyTrace().factors); // []
export {};
