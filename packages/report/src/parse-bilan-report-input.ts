import { definedProps, fail, ok, safeParse, type Problem, type Result } from "@nrs/core";
import { BilanAnnuelSchema, CollectiviteSchema, ProgrammeDeTravailSchema, StrategieSchema } from "@nrs/model";
import { bilanShapeProblems } from "./bilan-input-shape.js";
import type { BilanReportInput } from "./report-input.js";

/**
 * Validates what {@link renderBilan} renders, from untyped JSON (a file, a request body): the four
 * documents with `@nrs/model`'s schemas (collectivité, programme de travail, stratégie, bilan annuel),
 * the other parts by kind (lists, objects). Returns the input with its documents parsed (decimal
 * strings canonical, defaults filled in), or every problem found with its path and its message in
 * French and English: the model's result shape. `renderBilan` does not validate the documents again,
 * so call this first on anything that did not come out of `@nrs/model`'s parsers.
 *
 * @example
 * ```ts
 * import { parseBilanReportInput, renderBilan } from "@nrs/report";
 * const json: unknown = JSON.parse(`{
 *   "collectivite": { "type": "COMMUNE", "nom": "Ville-Exemple", "siren": "212345672", "codeInsee": "12345",
 *     "population": { "valeur": 60000, "type": "totale", "millesime": 2024 } },
 *   "strategie": { "collectivite": { "siren": "212345672" }, "version": "1", "periode": { "debut": 2025, "fin": 2030 },
 *     "objectifs": [], "indicateurs": [], "mesures": [] },
 *   "bilan": { "collectivite": { "siren": "212345672" }, "annee": 2025,
 *     "rapportDd": { "exerciceBudgetaire": 2026, "datePresentation": "2026-02-10" }, "valeurs": [], "avancementMesures": [] }
 * }`);
 * const parsed = parseBilanReportInput(json);
 * if (parsed.ok) console.log(renderBilan(parsed.value, { generatedAt: "2026-02-01" }).format); // html
 * const bad = parseBilanReportInput({ collectivite: {}, strategie: [], bilan: { annee: "2025" } });
 * if (!bad.ok) console.log(bad.errors[0]?.path.join(".")); // collectivite.type
 * ```
 */
export function parseBilanReportInput(json: unknown): Result<BilanReportInput> {
  const shape = bilanShapeProblems(json);
  if (json === null || typeof json !== "object" || Array.isArray(json)) return fail(shape);
  const input = json as Record<string, unknown>;
  const problems: Problem[] = [];
  const keep = <T>(r: Result<T>): T | undefined => {
    if (r.ok) return r.value;
    problems.push(...r.errors);
    return undefined;
  };
  const collectivite = keep(safeParse(CollectiviteSchema, input["collectivite"], ["collectivite"]));
  const programme =
    input["programme"] === undefined ? undefined : keep(safeParse(ProgrammeDeTravailSchema, input["programme"], ["programme"]));
  const strategie = keep(safeParse(StrategieSchema, input["strategie"], ["strategie"]));
  const bilan = keep(safeParse(BilanAnnuelSchema, input["bilan"], ["bilan"]));
  // The documents' problems come from their schemas; the kind checks add those of the other parts.
  const documents = new Set(["collectivite", "programme", "strategie", "bilan"]);
  problems.push(...shape.filter((p) => !documents.has(String(p.path[0]))));
  if (problems.length > 0) return fail(problems);
  return ok({ ...input, ...definedProps({ collectivite, programme, strategie, bilan }) } as BilanReportInput);
}
