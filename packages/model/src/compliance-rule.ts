import type { Message, Severity } from "@nrs/core";

/**
 * A compliance rule: its severity, the text it rests on and what it checks.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RULES, type ComplianceRule } from "@nrs/model";
 * const rule: ComplianceRule = COMPLIANCE_RULES.NRS_PROG_NO_ACTORS;
 * console.log(rule.ref);
 * ```
 */
export interface ComplianceRule {
  /** Severity of every finding of the rule. */
  readonly severity: Severity;
  /** Legal reference of the rule (copied into each finding's `ref`). */
  readonly ref: string;
  /** What the rule checks, in French and English. */
  readonly description: Message;
}

/** A {@link ComplianceRule} from its severity, reference and French and English description. */
export const rule = (severity: Severity, ref: string, fr: string, en: string): ComplianceRule => ({
  severity,
  ref,
  description: { fr, en },
});

/**
 * The stable code of a compliance rule (a key of {@link COMPLIANCE_RULES}).
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RULES, type ComplianceCode } from "@nrs/model";
 * const code: ComplianceCode = "NRS_STRAT_NO_MEANS";
 * console.log(COMPLIANCE_RULES[code].severity); // "error"
 * ```
 */
export type ComplianceCode =
  | "NRS_COLLECTIVITE_MISMATCH"
  | "NRS_PROG_NO_ACTORS"
  | "NRS_PROG_NO_PUBLIC_ACTOR"
  | "NRS_PROG_NO_PRIVATE_ACTOR"
  | "NRS_PROG_NO_IMPACT_BILAN"
  | "NRS_PROG_NO_USES_BILAN"
  | "NRS_PROG_NO_ACTIONS"
  | "NRS_PROG_NOT_ADOPTED"
  | "NRS_PROG_LATE"
  | "NRS_STRAT_NO_OBJECTIVE"
  | "NRS_STRAT_OBJECTIVE_NO_INDICATOR"
  | "NRS_STRAT_OBJECTIVE_NO_MEASURE"
  | "NRS_STRAT_NO_MEANS"
  | "NRS_STRAT_INDICATOR_UNDEFINED"
  | "NRS_STRAT_TARGET_BEFORE_BASELINE"
  | "NRS_STRAT_TARGET_DIRECTION"
  | "NRS_STRAT_MEASURE_NO_OBJECTIVE"
  | "NRS_STRAT_UNKNOWN_OBJECTIVE"
  | "NRS_STRAT_DUPLICATE_ID"
  | "NRS_STRAT_PERIOD_REVERSED"
  | "NRS_STRAT_DATES_REVERSED"
  | "NRS_STRAT_NOT_ADOPTED"
  | "NRS_STRAT_LATE"
  | "NRS_STRAT_BEFORE_PROGRAMME"
  | "NRS_STRAT_AXIS_NOT_COVERED"
  | "NRS_STRAT_TARGET_OUTSIDE_PERIOD"
  | "NRS_STRAT_INDICATOR_UNUSED"
  | "NRS_BILAN_MISSING_TARGET_VALUE"
  | "NRS_BILAN_NO_VALUE"
  | "NRS_BILAN_UNKNOWN_INDICATOR"
  | "NRS_BILAN_DUPLICATE_VALUE"
  | "NRS_BILAN_VALUE_OUTSIDE_YEAR"
  | "NRS_BILAN_PERIOD_REVERSED"
  | "NRS_BILAN_UNKNOWN_ENTITY"
  | "NRS_BILAN_UNKNOWN_MEASURE"
  | "NRS_BILAN_DUPLICATE_PROGRESS"
  | "NRS_BILAN_MEASURE_NOT_REPORTED"
  | "NRS_BILAN_PROGRESS_INCONSISTENT"
  | "NRS_BILAN_AFTER_BUDGET_DEBATE"
  | "NRS_BILAN_FISCAL_YEAR"
  | "NRS_BILAN_STRATEGY_VERSION"
  | "NRS_BILAN_OUTSIDE_PERIOD";
