import { Decimal } from "decimal.js";
import { ex, Exact, NrsError, out, problem, type ExactValue, type Message, type Problem, type ProblemCode } from "@nrs/core";
import { normalizeWord } from "./record-cells.js";
import { RGESN_CRITERIA, type RgesnCriterion } from "./rgesn-criteria.js";

/**
 * The statuses of the official RGESN 2024 spreadsheet.
 *
 * @example
 * ```ts
 * import { RGESN_STATUSES, type RgesnStatus } from "@nrs/indicators";
 * const s: RgesnStatus = "EN_COURS";
 * console.log(RGESN_STATUSES[s].fr); // En cours
 * ```
 */
export type RgesnStatus = "VALIDE" | "NON_VALIDE" | "EN_COURS" | "A_EVALUER" | "NON_APPLICABLE";

/**
 * The statuses with their official French wording and an English label.
 *
 * @example
 * ```ts
 * import { RGESN_STATUSES } from "@nrs/indicators";
 * console.log(RGESN_STATUSES.A_EVALUER.fr); // À évaluer
 * ```
 */
export const RGESN_STATUSES: Readonly<Record<RgesnStatus, Message>> = {
  VALIDE: { fr: "Validé", en: "Validated" },
  NON_VALIDE: { fr: "Non validé", en: "Not validated" },
  EN_COURS: { fr: "En cours", en: "In progress" },
  A_EVALUER: { fr: "À évaluer", en: "To be assessed" },
  NON_APPLICABLE: { fr: "Non applicable", en: "Not applicable" },
};

const STATUS_WORDS: ReadonlyMap<string, RgesnStatus> = new Map([
  ["valide", "VALIDE"],
  ["validated", "VALIDE"],
  ["conforme", "VALIDE"],
  ["oui", "VALIDE"],
  ["yes", "VALIDE"],
  ["non_valide", "NON_VALIDE"],
  ["not_validated", "NON_VALIDE"],
  ["non_conforme", "NON_VALIDE"],
  ["non", "NON_VALIDE"],
  ["no", "NON_VALIDE"],
  ["en_cours", "EN_COURS"],
  ["in_progress", "EN_COURS"],
  ["a_evaluer", "A_EVALUER"],
  ["to_be_assessed", "A_EVALUER"],
  ["to_evaluate", "A_EVALUER"],
  ["non_applicable", "NON_APPLICABLE"],
  ["not_applicable", "NON_APPLICABLE"],
  ["na", "NON_APPLICABLE"],
  ["n_a", "NON_APPLICABLE"],
]);

/**
 * Reads an RGESN status written in French or English, with or without accents and case
 * (« Validé », `validated`, « Non applicable », `N/A`...). Returns `undefined` for anything else.
 *
 * @example
 * ```ts
 * import { parseRgesnStatus } from "@nrs/indicators";
 * console.log(parseRgesnStatus("À évaluer"), parseRgesnStatus("N/A"), parseRgesnStatus("peut-être")); // A_EVALUER NON_APPLICABLE undefined
 * ```
 */
export function parseRgesnStatus(text: string): RgesnStatus | undefined {
  if ((Object.keys(RGESN_STATUSES) as string[]).includes(text)) return text as RgesnStatus;
  return STATUS_WORDS.get(normalizeWord(text));
}

/**
 * Weighted totals of a set of criteria: `score` is absent when no criterion is applicable.
 *
 * @example
 * ```ts
 * import { rgesnScore, type RgesnPartialScore } from "@nrs/indicators";
 * const t: RgesnPartialScore | undefined = rgesnScore({ "7.1": "VALIDE" }).byThematic[7];
 * console.log(t?.validated, t?.applicable, t?.score?.toString()); // 1 4 25
 * ```
 */
export interface RgesnPartialScore {
  /** validated / applicable × 100; absent (« Non applicable ») when nothing applies. */
  readonly score?: Decimal;
  /** Sum of the weights of the « Validé » criteria. */
  readonly validatedWeight: Decimal;
  /** Sum of the weights of every criterion not « Non applicable ». */
  readonly applicableWeight: Decimal;
  /** Number of « Validé » criteria. */
  readonly validated: number;
  /** Number of applicable criteria. */
  readonly applicable: number;
}

/**
 * The result of {@link rgesnScore}: the service's score, per thematic, and how the statuses were read.
 *
 * @example
 * ```ts
 * import { rgesnScore, type RgesnScore } from "@nrs/indicators";
 * const s: RgesnScore = rgesnScore({});
 * console.log(s.missing.length, s.score?.toString()); // 78 0
 * ```
 */
export interface RgesnScore extends RgesnPartialScore {
  /** By thematic number (1–9). */
  readonly byThematic: Readonly<Record<number, RgesnPartialScore>>;
  /** Criteria the evaluation did not mention, counted as « À évaluer » (in the denominator, not validated). */
  readonly missing: readonly string[];
}

/**
 * Options of {@link rgesnScore}.
 *
 * @example
 * ```ts
 * import { RGESN_CRITERIA, rgesnScore, type RgesnScoreOptions } from "@nrs/indicators";
 * const o: RgesnScoreOptions = { criteria: RGESN_CRITERIA.filter((c) => c.thematic === 1) };
 * console.log(rgesnScore({ "1.1": "VALIDE" }, o).applicableWeight.toString()); // 13.5
 * ```
 */
export interface RgesnScoreOptions {
  /** Criteria to use (default {@link RGESN_CRITERIA}); a later version of the RGESN can be passed here. */
  readonly criteria?: readonly RgesnCriterion[];
}

/**
 * The RGESN 2024 « score d'avancement » of one service, with the official formula: the sum of the
 * weights of the « Validé » criteria divided by the sum of the weights of the applicable criteria
 * (every status but « Non applicable », so « En cours » and « À évaluer » count as not validated),
 * × 100; weights 1.5 (Prioritaire), 1.25 (Recommandé), 1 (Modéré). The same per thematic. A criterion
 * the evaluation does not mention counts as « À évaluer ». The score is not rounded.
 *
 * Throws an `NrsError` (`@nrs/core`) when a criterion id is unknown (`NRS_RGESN_UNKNOWN_CRITERION`), when a
 * criterion applicable to every service is marked « Non applicable » (`NRS_RGESN_NA_FORBIDDEN`), or
 * when a criterion has two different statuses (`NRS_RGESN_DUPLICATE`).
 *
 * @example
 * ```ts
 * import { RGESN_CRITERIA, rgesnScore } from "@nrs/indicators";
 * const all = Object.fromEntries(RGESN_CRITERIA.map((c) => [c.id, "VALIDE" as const]));
 * console.log(rgesnScore(all).score?.toString()); // 100
 * const s = rgesnScore({ ...all, "1.1": "NON_VALIDE", "9.2": "NON_APPLICABLE" });
 * console.log(s.score?.toFixed(2), s.byThematic[1]?.score?.toFixed(2)); // 98.48 88.89
 * ```
 */
export function rgesnScore(
  evaluation: Readonly<Record<string, RgesnStatus>> | Iterable<{ readonly criterion: string; readonly status: RgesnStatus }>,
  options: RgesnScoreOptions = {},
): RgesnScore {
  const criteria = options.criteria ?? RGESN_CRITERIA;
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const statuses = new Map<string, RgesnStatus>();
  const problems: Problem[] = [];
  const entries: [string, RgesnStatus][] = isIterable(evaluation)
    ? [...evaluation].map((e) => [e.criterion, e.status])
    : Object.entries(evaluation);
  for (const [id, status] of entries) {
    const c = byId.get(id);
    if (c === undefined) {
      problems.push(
        criterionProblem("NRS_RGESN_UNKNOWN_CRITERION", id, `Critère RGESN inconnu : « ${id} ».`, `Unknown RGESN criterion: "${id}".`),
      );
      continue;
    }
    const before = statuses.get(id);
    if (before !== undefined && before !== status) {
      problems.push(
        criterionProblem(
          "NRS_RGESN_DUPLICATE",
          id,
          `Le critère ${id} a deux statuts (${before}, ${status}).`,
          `Criterion ${id} has two statuses (${before}, ${status}).`,
        ),
      );
      continue;
    }
    if (status === "NON_APPLICABLE" && c.appliesToAll) {
      problems.push(
        criterionProblem(
          "NRS_RGESN_NA_FORBIDDEN",
          id,
          `Le critère ${id} s'applique à tous les services : il ne peut pas être « Non applicable ».`,
          `Criterion ${id} applies to every service: it cannot be "Not applicable".`,
        ),
      );
      continue;
    }
    statuses.set(id, status);
  }
  if (problems.length > 0) throw new NrsError(problems);
  const missing: string[] = [];
  const total = new Totals();
  const thematic = new Map<number, Totals>();
  for (const c of criteria) {
    let status = statuses.get(c.id);
    if (status === undefined) {
      missing.push(c.id);
      status = "A_EVALUER";
    }
    if (status === "NON_APPLICABLE") continue;
    let t = thematic.get(c.thematic);
    if (t === undefined) thematic.set(c.thematic, (t = new Totals()));
    const w = ex(c.weight);
    total.add(w, status === "VALIDE");
    t.add(w, status === "VALIDE");
  }
  const byThematic: Record<number, RgesnPartialScore> = {};
  for (const n of [...new Set(criteria.map((c) => c.thematic))].sort((a, b) => a - b)) {
    byThematic[n] = (thematic.get(n) ?? new Totals()).result();
  }
  return { ...total.result(), byThematic, missing };
}

class Totals {
  validatedWeight: ExactValue = new Exact(0);
  applicableWeight: ExactValue = new Exact(0);
  validated = 0;
  applicable = 0;
  add(w: ExactValue, valid: boolean): void {
    this.applicableWeight = this.applicableWeight.plus(w);
    this.applicable++;
    if (valid) {
      this.validatedWeight = this.validatedWeight.plus(w);
      this.validated++;
    }
  }
  result(): RgesnPartialScore {
    const base = {
      validatedWeight: out(this.validatedWeight),
      applicableWeight: out(this.applicableWeight),
      validated: this.validated,
      applicable: this.applicable,
    };
    return this.applicableWeight.isZero()
      ? base
      : { ...base, score: out(this.validatedWeight.dividedBy(this.applicableWeight).times(100), true) };
  }
}

function isIterable(x: unknown): x is Iterable<{ readonly criterion: string; readonly status: RgesnStatus }> {
  return typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
}

function criterionProblem(code: ProblemCode, id: string, fr: string, en: string): Problem {
  return problem(code, [id], fr, en);
}
