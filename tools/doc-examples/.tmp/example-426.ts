import { rgaaState, type RgaaState } from "@nrs/indicators";
const s: RgaaState = rgaaState(76);
__nrsLog(0, s); // partielle
export {};
