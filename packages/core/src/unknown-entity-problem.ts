import { definedProps } from "./defined-props.js";
import type { Problem, ProblemPath } from "./problem.js";

/** Beyond this many, the allowed entities are summarised by a count: a long member list would drown the message. */
const LISTED = 8;

/**
 * The error `NRS_UNKNOWN_ENTITY` for a cell whose entity is not one of the declared ones: it names the
 * value and the allowed entities (the first eight, then how many more) and says what to do (declare it
 * in `collectivite.json`, `entitesLiees` or `servicesPartages`, or correct the cell). It is an error: a
 * figure under an entity nobody declared would be given to no bilan, or to the wrong one, so the readers
 * refuse the line (counted as refused, never silently) until it is fixed. Shared by the readers of
 * `@nrs/footprint` and `@nrs/indicators` and by the CLI's check of `hebergement.json`, so all say the same.
 *
 * @param value The entity as written in the cell.
 * @param known The allowed entities, in the order to list them.
 * @param at Where the cell is: field path, and for a CSV cell its 1-based line and column (a JSON
 *   value's line and column are found from its path by whoever holds the text).
 *
 * @example
 * ```ts
 * import { unknownEntityProblem } from "@nrs/core";
 * const p = unknownEntityProblem("26999", ["epci", "26901", "26902"], { path: ["entity"], line: 12, column: 1 });
 * console.log(p.code, p.severity, p.line, p.column); // NRS_UNKNOWN_ENTITY error 12 1
 * console.log(p.message.en); // Entity "26999" is not declared (expected: epci, 26901, 26902): declare it in collectivite.json (entitesLiees, servicesPartages) or correct the cell; the line is not counted.
 * ```
 */
export function unknownEntityProblem(
  value: string,
  known: readonly string[],
  at: { readonly path: ProblemPath; readonly line?: number; readonly column?: number },
): Problem {
  const more = known.length - LISTED;
  const list = known.slice(0, LISTED).join(", ");
  const fr = more > 0 ? `${list}… et ${more} autre(s)` : list || "aucune";
  const en = more > 0 ? `${list}… and ${more} more` : list || "none";
  return {
    code: "NRS_UNKNOWN_ENTITY",
    severity: "error",
    ...definedProps(at),
    message: {
      fr: `Entité « ${value} » non déclarée (attendu : ${fr}) : déclarez-la dans collectivite.json (entitesLiees, servicesPartages) ou corrigez la cellule ; la ligne n'est pas comptée.`,
      en: `Entity "${value}" is not declared (expected: ${en}): declare it in collectivite.json (entitesLiees, servicesPartages) or correct the cell; the line is not counted.`,
    },
  };
}
