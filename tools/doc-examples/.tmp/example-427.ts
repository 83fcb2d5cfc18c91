import { rgaaState } from "@nrs/indicators";
__nrsLog(0, rgaaState(100), rgaaState("50"), rgaaState(49.9)); // totale partielle non-conforme
export {};
