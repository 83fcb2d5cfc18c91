import type { Problem, ProblemPath } from "./problem.js";

/** Beyond this many, the allowed entities are summarised by a count: a long member list would drown the message. */
const LISTED = 8;

/**
 * The warning `NRS_UNKNOWN_ENTITY` for a CSV cell whose entity is not one of the known ones: it names
 * the value and the allowed entities (the first eight, then how many more). It is a warning because the
 * line is still read, under that entity: the readers never drop data for it. Shared by the readers of
 * `@nrs/footprint` and `@nrs/indicators` so that both say the same.
 *
 * @param value The entity as written in the cell.
 * @param known The allowed entities, in the order to list them.
 * @param at Where the cell is: field path, 1-based line and column.
 *
 * @example
 * ```ts
 * import { unknownEntityProblem } from "@nrs/core";
 * const p = unknownEntityProblem("26999", ["epci", "26901", "26902"], { path: ["entity"], line: 12, column: 1 });
 * console.log(p.code, p.severity, p.line, p.column); // NRS_UNKNOWN_ENTITY warning 12 1
 * console.log(p.message.en); // Unknown entity "26999" (expected: epci, 26901, 26902): the line is kept under this entity.
 * ```
 */
export function unknownEntityProblem(
  value: string,
  known: readonly string[],
  at: { readonly path: ProblemPath; readonly line: number; readonly column: number },
): Problem {
  const more = known.length - LISTED;
  const list = known.slice(0, LISTED).join(", ");
  const fr = more > 0 ? `${list}… et ${more} autre(s)` : list || "aucune";
  const en = more > 0 ? `${list}… and ${more} more` : list || "none";
  return {
    code: "NRS_UNKNOWN_ENTITY",
    severity: "warning",
    ...at,
    message: {
      fr: `Entité « ${value} » inconnue (attendu : ${fr}) : la ligne est gardée sous cette entité.`,
      en: `Unknown entity "${value}" (expected: ${en}): the line is kept under this entity.`,
    },
  };
}
