import { frAdeme_1_0_0 } from "@nrs/footprint";
__nrsLog(0, frAdeme_1_0_0.version, frAdeme_1_0_0.generatedFrom[0]?.name); // "1.0.0" "@incubateur-ademe/publicodes-acv-numerique"
export {};
