import { ex, NrsError, toDecimal, type ExactValue } from "@nrs/core";
import type { IndicatorCode } from "../catalogue.js";
import { noData, skip, type Ctx } from "./context.js";

/**
 * @internal The agents (FTE) a « per agent » indicator divides by, or `undefined` (with the reason
 * recorded for `codes`) when missing or zero; a negative count throws `NRS_NEGATIVE`.
 */
export function perAgentBase(ctx: Ctx, codes: readonly IndicatorCode[]): ExactValue | undefined {
  const data = ctx.data;
  if (data.agents === undefined) {
    noData(ctx, codes, "agents", "Le nombre d'agents (ETP) n'est pas renseigné.", "The number of employees (FTE) is not given.");
    return undefined;
  }
  const agents = ex(toDecimal(data.agents, ["agents"]));
  if (agents.isNegative()) throw new NrsError([{ code: "NRS_NEGATIVE", severity: "error", path: ["agents"], message: { fr: "Le nombre d'agents est négatif.", en: "The number of employees is negative." } }]);
  if (agents.isZero()) {
    skip(ctx, codes, "DENOMINATEUR_NUL", { fr: "Le nombre d'agents est nul.", en: "The number of employees is zero." });
    return undefined;
  }
  return agents;
}
