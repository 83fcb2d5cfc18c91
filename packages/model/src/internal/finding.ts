import type { Message, Problem, ProblemPath } from "@nrs/core";
import type { ComplianceCode, ComplianceRule } from "../compliance-rule.js";

/** Builds the findings of one rule table: see {@link findingOf}. */
export type FindingOf<C extends ComplianceCode> = (code: C, path: ProblemPath, detail?: string | Message) => Problem;

/**
 * The finding builder of a check, from the rules it may report (its own table and the shared
 * collectivité rule): a check reads only its rules, so it does not bundle the other checks' texts.
 * A finding of rule `code` takes its severity, reference and message from the rule; `detail`
 * (identifiers, years, values: the same in both languages unless given as a Message) is appended.
 */
export function findingOf<C extends ComplianceCode>(rules: Readonly<Record<C, ComplianceRule>>): FindingOf<C> {
  return (code, path, detail) => {
    const r = rules[code];
    const d = typeof detail === "string" ? { fr: detail, en: detail } : detail;
    return {
      code,
      severity: r.severity,
      path,
      message: d ? { fr: `${r.description.fr} (${d.fr})`, en: `${r.description.en} (${d.en})` } : r.description,
      ref: r.ref,
    };
  };
}
