import { NrsError, problem, safeParse, type Problem } from "@nrs/core";
import { CollectiviteSchema, ProgrammeDeTravailSchema, StrategieSchema } from "@nrs/model";
import type { StrategyReportInput } from "./report-input.js";

// renderStrategy is called from JavaScript too, with documents that may never have gone through
// @nrs/model: validate them again (parsed values, Decimals included, pass unchanged) so that bad input
// gives one NrsError with paths and bilingual messages instead of a TypeError deep in the composer.
// (renderBilan does not: it checks kinds only, see bilan-input-shape.ts and parseBilanReportInput.)

function notObject(path: string): Problem {
  return problem("NRS_REPORT_BAD_INPUT", [path], `« ${path} » doit être un objet.`, `"${path}" must be an object.`);
}

export function checkedStrategyInput<T extends StrategyReportInput>(input: T): T {
  if (input === null || typeof input !== "object") throw new NrsError([notObject("input")]);
  const problems: Problem[] = [];
  const c = safeParse(CollectiviteSchema, input.collectivite, ["collectivite"]);
  if (!c.ok) problems.push(...c.errors);
  const s = safeParse(StrategieSchema, input.strategie, ["strategie"]);
  if (!s.ok) problems.push(...s.errors);
  if (input.programme !== undefined) {
    const p = safeParse(ProgrammeDeTravailSchema, input.programme, ["programme"]);
    if (!p.ok) problems.push(...p.errors);
  }
  if (input.constats !== undefined && !Array.isArray(input.constats)) problems.push(notObject("constats"));
  if (problems.length > 0) throw new NrsError(problems);
  return input;
}
