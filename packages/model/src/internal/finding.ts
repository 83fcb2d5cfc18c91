import type { Message, Problem, ProblemPath } from "@nrs/core";
import type { ComplianceCode } from "../compliance-rule.js";
import { COMPLIANCE_RULES } from "../compliance-rules.js";

/**
 * A finding of rule `code`: severity, reference and message come from the rule table; `detail`
 * (identifiers, years, values: the same in both languages unless given as a Message) is appended.
 */
export function finding(code: ComplianceCode, path: ProblemPath, detail?: string | Message): Problem {
  const r = COMPLIANCE_RULES[code];
  const d = typeof detail === "string" ? { fr: detail, en: detail } : detail;
  return {
    code,
    severity: r.severity,
    path,
    message: d ? { fr: `${r.description.fr} (${d.fr})`, en: `${r.description.en} (${d.en})` } : r.description,
    ref: r.ref,
  };
}
