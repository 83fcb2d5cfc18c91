import { problem, type Problem, type ProblemPath } from "@nrs/core";

// The cheap check renderBilan makes of its input: the kind (object, list, text, number) of every field
// the composer walks into, not the documents' rules. The rules are @nrs/model's zod schemas, applied by
// parseBilanReportInput; renderBilan does not apply them again, so that a page rendering a bilan from
// documents it already parsed does not bundle zod and the schemas (about 15 KB gzip).

type Kind = "object" | "array" | "string" | "number";

interface Shape {
  readonly kind: Kind;
  readonly optional?: boolean;
  readonly fields?: Readonly<Record<string, Shape>>;
}

const KIND_TEXT: Readonly<Record<Kind, readonly [fr: string, en: string]>> = {
  object: ["un objet", "an object"],
  array: ["une liste", "a list"],
  string: ["un texte", "a text"],
  number: ["un nombre", "a number"],
};

const opt = (kind: Kind, fields?: Readonly<Record<string, Shape>>): Shape => ({ kind, optional: true, ...(fields ? { fields } : {}) });
const req = (kind: Kind, fields?: Readonly<Record<string, Shape>>): Shape => ({ kind, ...(fields ? { fields } : {}) });

const BILAN_SHAPE: Shape = req("object", {
  collectivite: req("object", { nom: req("string"), type: req("string"), population: req("object") }),
  programme: opt("object", { acteurs: req("array"), syntheseActionsEngagees: req("array") }),
  strategie: req("object", { periode: req("object"), objectifs: req("array"), indicateurs: req("array"), mesures: req("array") }),
  bilan: req("object", { annee: req("number"), rapportDd: req("object"), valeurs: req("array"), avancementMesures: req("array") }),
  constats: opt("array"),
  nonVerifies: opt("array"),
  resultats: opt("object", { values: req("array") }),
  indicateurs: opt("array"),
  repartitionsIndicateurs: opt("array"),
  empreinte: opt("object", { total: req("object") }),
  territoire: opt("object", { annee: req("number"), empreinte: req("object") }),
  facteurs: opt("array"),
  rgesn: opt("array"),
});

function isKind(value: unknown, kind: Kind): boolean {
  if (kind === "array") return Array.isArray(value);
  if (kind === "object") return typeof value === "object" && value !== null && !Array.isArray(value);
  if (kind === "number") return typeof value === "number" && Number.isFinite(value);
  return typeof value === "string";
}

function walk(value: unknown, shape: Shape, path: ProblemPath, out: Problem[]): void {
  if (value === undefined && shape.optional === true) return;
  if (!isKind(value, shape.kind)) {
    const where = path.length === 0 ? "input" : path.join(".");
    const [fr, en] = KIND_TEXT[shape.kind];
    const got = value === undefined ? ["absent", "missing"] : value === null ? ["null", "null"] : [typeof value, typeof value];
    out.push(
      problem(
        "NRS_REPORT_BAD_INPUT",
        path,
        `« ${where} » doit être ${fr} (reçu : ${got[0]}).`,
        `"${where}" must be ${en} (got: ${got[1]}).`,
      ),
    );
    return;
  }
  for (const [key, field] of Object.entries(shape.fields ?? {})) walk((value as Record<string, unknown>)[key], field, [...path, key], out);
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
