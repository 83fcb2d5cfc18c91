import { OBLIGATIONS_DEFAULTS } from "@nrs/model";
__nrsLog(0, OBLIGATIONS_DEFAULTS.seuilSnr); // 50000
export {};
