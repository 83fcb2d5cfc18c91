import type { Problem, ProblemPath } from "@nrs/core";
import { COMPLIANCE_RULES, type ComplianceCode } from "../compliance-rules.js";

/** A finding of rule `code`: severity and reference come from the rule table; the message is specific. */
export function finding(code: ComplianceCode, path: ProblemPath, fr?: string, en?: string): Problem {
  const r = COMPLIANCE_RULES[code];
  return {
    code,
    severity: r.severity,
    path,
    message: { fr: fr ?? r.description.fr, en: en ?? r.description.en },
    ref: r.ref,
  };
}
