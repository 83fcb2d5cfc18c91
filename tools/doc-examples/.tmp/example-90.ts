import { COMPLIANCE_RULES, type ComplianceRule } from "@nrs/model";
const rule: ComplianceRule = COMPLIANCE_RULES.NRS_PROG_NO_ACTORS;
console.log(rule.ref);
export {};
