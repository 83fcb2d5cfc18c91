import { COMPLIANCE_RULES, type ComplianceCode } from "@nrs/model";
const code: ComplianceCode = "NRS_STRAT_NO_MEANS";
__nrsLog(0, COMPLIANCE_RULES[code].severity); // "error"
export {};
