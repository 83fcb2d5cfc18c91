import type { ComplianceCode, ComplianceRule } from "./compliance-rule.js";
import { COLLECTIVITE_RULES } from "./compliance-rules-collectivite.js";
import { BILAN_RULES } from "./compliance-rules-bilan.js";
import { PROGRAMME_RULES } from "./compliance-rules-programme.js";
import { STRATEGY_RULES } from "./compliance-rules-strategy.js";

// The checks do not read this table: each builds its findings from its own rules (and the shared
// collectivité rule), so that importing one check does not bundle the others' texts.
// Typed as a Record (and each part by its codes' prefix) so that a code missing from the tables, or not in the union, does not compile.
/**
 * Every compliance rule of `checkProgramme`, `checkStrategy` and `checkBilan`, by stable code. A
 * finding's severity and `ref` always come from its rule in this table. Late adoption is a warning because the
 * law provides no sanction.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RULES } from "@nrs/model";
 * const r = COMPLIANCE_RULES.NRS_STRAT_NO_OBJECTIVE;
 * console.log(r.severity, r.ref); // error CGCT art. D. 2311-15-1 (décret n° 2022-1084)
 * ```
 */
export const COMPLIANCE_RULES: Readonly<Record<ComplianceCode, ComplianceRule>> = {
  ...COLLECTIVITE_RULES,
  ...PROGRAMME_RULES,
  ...STRATEGY_RULES,
  ...BILAN_RULES,
};
