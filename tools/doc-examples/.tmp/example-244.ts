import { ONE_BYTE } from "@nrs/footprint";
__nrsLog(0, ONE_BYTE.kWhPerByteDataCenter); // "7.2e-11"
export {};
