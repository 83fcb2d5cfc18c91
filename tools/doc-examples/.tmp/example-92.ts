import { COMPLIANCE_RULES } from "@nrs/model";
const r = COMPLIANCE_RULES.NRS_STRAT_NO_OBJECTIVE;
__nrsLog(0, r.severity, r.ref); // error CGCT art. D. 2311-15-1 (décret n° 2022-1084)
export {};
