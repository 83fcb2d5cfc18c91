import { isIndicatorCode } from "@nrs/indicators";
__nrsLog(0, isIndicatorCode("taux-reemploi-reforme"), isIndicatorCode("taux-reemploi")); // true false
export {};
