import { ECOINDEX_GRADE_THRESHOLDS } from "@nrs/footprint";
__nrsLog(0, ECOINDEX_GRADE_THRESHOLDS[0]); // ["A", 80]
export {};
