import { EMPTY_IMPACTS, totalOfCriterion } from "@nrs/footprint";
__nrsLog(0, totalOfCriterion(EMPTY_IMPACTS, "gwp")); // undefined
export {};
