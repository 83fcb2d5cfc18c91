import { problem, type Problem, type ProblemPath } from "@nrs/core";

// The cheap check renderBilan makes of its input: the kind (object, list, text, number) of every field
// the composer walks into, not the documents' rules. The rules are @nrs/model's zod schemas, applied by
// parseBilanReportInput; renderBilan does not apply them again, so that a page rendering a bilan from
// documents it already parsed does not bundle zod and the schemas (about 15 KB gzip).

type Kind = "object" | "array" | "string" | "number";
/** A field's kind (`?` when it may be absent), and for an object the fields read inside it. */
type Shape = `${Kind}${"" | "?"}` | readonly [`${"object" | "object?"}`, { readonly [field: string]: Shape }];

const KIND_TEXT: Readonly<Record<Kind, readonly [fr: string, en: string]>> = {
  object: ["un objet", "an object"],
  array: ["une liste", "a list"],
  string: ["un texte", "a text"],
  number: ["un nombre", "a number"],
};

const BILAN_SHAPE: Shape = [
  "object",
  {
    collectivite: ["object", { nom: "string", type: "string", population: "object" }],
    programme: ["object?", { acteurs: "array", syntheseActionsEngagees: "array" }],
    strategie: ["object", { periode: "object", objectifs: "array", indicateurs: "array", mesures: "array" }],
    bilan: ["object", { annee: "number", rapportDd: "object", valeurs: "array", avancementMesures: "array" }],
    constats: "array?",
    nonVerifies: "array?",
    resultats: ["object?", { values: "array" }],
    indicateurs: "array?",
    repartitionsIndicateurs: "array?",
    empreinte: ["object?", { total: "object" }],
    territoire: ["object?", { annee: "number", empreinte: "object" }],
    facteurs: "array?",
    rgesn: "array?",
  },
];

function isKind(value: unknown, kind: Kind): boolean {
  if (kind === "array") return Array.isArray(value);
  if (kind === "object") return typeof value === "object" && value !== null && !Array.isArray(value);
  if (kind === "number") return typeof value === "number" && Number.isFinite(value);
  return typeof value === "string";
}

function walk(value: unknown, shape: Shape, path: ProblemPath, out: Problem[]): void {
  const [spec, fields] = typeof shape === "string" ? [shape, undefined] : shape;
  const kind = spec.replace("?", "") as Kind;
  if (value === undefined && spec.endsWith("?")) return;
  if (!isKind(value, kind)) {
    const where = path.length === 0 ? "input" : path.join(".");
    const [fr, en] = KIND_TEXT[kind];
    const got = value === undefined ? ["absent", "missing"] : [value === null ? "null" : typeof value];
    out.push(
      problem(
        "NRS_REPORT_BAD_INPUT",
        path,
        `« ${where} » doit être ${fr} (reçu : ${got[0]}).`,
        `"${where}" must be ${en} (got: ${got[1] ?? got[0]}).`,
      ),
    );
    return;
  }
  for (const [key, field] of Object.entries(fields ?? {})) walk((value as Record<string, unknown>)[key], field, [...path, key], out);
}

/**
 * The problems (`NRS_REPORT_BAD_INPUT`, with their paths) of a bilan input whose documents or parts
 * are not of the kind the renderer reads (an object, a list, a text, a number); none for a
 * well-formed input. Does not apply the documents' rules (see `parseBilanReportInput`).
 */
export function bilanShapeProblems(input: unknown): Problem[] {
  const out: Problem[] = [];
  walk(input, BILAN_SHAPE, [], out);
  return out;
}
