import { CCF_COEFFICIENTS } from "@nrs/footprint";
__nrsLog(0, CCF_COEFFICIENTS.aws.maxWattsPerVcpu); // "3.5"
export {};
