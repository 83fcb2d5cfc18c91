import { DEFAULT_ENTITY } from "@nrs/indicators";
__nrsLog(0, DEFAULT_ENTITY); // epci
export {};
