import type { ComplianceRule } from "./compliance-rule.js";
import { rule } from "./compliance-rule.js";
import { REFERENCES as R } from "./references.js";

/** The rule of the collectivité's identity, shared by `checkProgramme`, `checkStrategy` and `checkBilan`. */
export const COLLECTIVITE_RULES: Readonly<Record<"NRS_COLLECTIVITE_MISMATCH", ComplianceRule>> = {
  NRS_COLLECTIVITE_MISMATCH: rule(
    "warning",
    R.loiReen,
    "Le document ne porte pas le SIREN de la collectivité.",
    "The document does not carry the collectivité's SIREN.",
  ),
};
