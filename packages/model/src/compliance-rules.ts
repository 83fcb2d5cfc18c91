import type { ComplianceCode, ComplianceRule } from "./compliance-rule.js";
import { BILAN_RULES } from "./compliance-rules-bilan.js";
import { PROGRAMME_RULES } from "./compliance-rules-programme.js";
import { STRATEGY_RULES } from "./compliance-rules-strategy.js";

// Typed as a Record (and each part by its codes' prefix) so that a code missing from the tables, or not in the union, does not compile.
/**
 * Every compliance rule of `checkProgramme`, `checkStrategy` and `checkBilan`, by stable code. A
 * finding's severity and `ref` always come from this table. Late adoption is a warning because the
 * law provides no sanction.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RULES } from "@nrs/model";
 * const r = COMPLIANCE_RULES.NRS_STRAT_NO_OBJECTIVE;
 * console.log(r.severity, r.ref); // error CGCT art. D. 2311-15-1 (décret n° 2022-1084)
 * ```
 */
export const COMPLIANCE_RULES: Readonly<Record<ComplianceCode, ComplianceRule>> = { ...PROGRAMME_RULES, ...STRATEGY_RULES, ...BILAN_RULES };
