import { parseRgesnStatus } from "@nrs/indicators";
__nrsLog(0, parseRgesnStatus("À évaluer"), parseRgesnStatus("N/A"), parseRgesnStatus("peut-être")); // A_EVALUER NON_APPLICABLE undefined
export {};
