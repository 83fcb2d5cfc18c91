import { isIndicatorCode, type IndicatorCode } from "@nrs/indicators";
const code: IndicatorCode = "pue";
__nrsLog(0, code, isIndicatorCode("pue"), isIndicatorCode("peu")); // pue true false
export {};
