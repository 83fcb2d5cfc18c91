import { TEMPORALITES } from "@nrs/model";
__nrsLog(0, TEMPORALITES.PLURIANNUEL.en); // "Multi-year"
export {};
