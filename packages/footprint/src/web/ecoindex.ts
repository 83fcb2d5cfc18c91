import { Decimal } from "decimal.js";
import {
  assertNonNegative,
  Exact,
  negativeProblem,
  NrsError,
  out,
  problem,
  toDecimal,
  type DecimalInput,
  type ExactValue,
  type Problem,
} from "@nrs/core";
import { ECOINDEX_GRADE_THRESHOLDS, ECOINDEX_QUANTILES } from "./ecoindex-quantiles.js";
import type { FootprintResult } from "../footprint-result.js";
import { impactTable } from "../impact.js";

/** An EcoIndex grade, from A (best) to G. */
export type EcoIndexGrade = "A" | "B" | "C" | "D" | "E" | "F" | "G";

/** What {@link ecoIndex} needs: three measures of one loaded web page. */
export interface EcoIndexInput {
  /** Number of elements in the DOM (integer ≥ 0). */
  readonly dom: DecimalInput;
  /** Number of HTTP requests made to load the page (integer ≥ 0). */
  readonly requests: DecimalInput;
  /** Weight of the page and of everything it downloaded, in kilobytes (≥ 0). */
  readonly sizeKb: DecimalInput;
}

/** Where a page's three measures sit on their quantile scales (0 to 20). */
export interface EcoIndexPositions {
  /** DOM elements. */
  readonly dom: Decimal;
  /** HTTP requests. */
  readonly requests: Decimal;
  /** Page weight. */
  readonly sizeKb: Decimal;
}

/**
 * The EcoIndex of one page view. As a `FootprintResult`, `impacts` holds the GHG (kgCO2e) and the water
 * (m³) of one page view at stage `use` (EcoIndex gives one figure per page view, not split by lifecycle
 * stage), and `trace` the three inputs, the method and the licence caveat.
 */
export interface EcoIndexResult extends FootprintResult {
  /** The score from 0 to 100 rounded to an integer, half to even, as the reference implementation does. */
  readonly score: Decimal;
  /**
   * The score before rounding. The formula divides by quantile widths, so this may be a non-terminating
   * decimal: it is given to 40 significant digits, while `score` is rounded from the exact fraction.
   */
  readonly scoreUnrounded: Decimal;
  /** A to G, from the rounded score. */
  readonly grade: EcoIndexGrade;
  /** Greenhouse-gas emissions of one page view, in gCO2e (from the rounded score, two decimals). */
  readonly ghgGramsCO2e: Decimal;
  /** Water consumed by one page view, in centilitres (from the rounded score, two decimals). */
  readonly waterCl: Decimal;
  /** Each measure's position on its quantile scale, from 0 to 20 (40 significant digits). */
  readonly quantiles: EcoIndexPositions;
}

// Checked by hand rather than with a zod schema: the report computes its own EcoIndex, and a schema
// here would put zod (about 10 KB gzip) in the bundle of every page that renders a report.
const MEASURES = ["dom", "requests", "sizeKb"] as const;

/** The three measures as finite, non-negative Decimals (whole for counts), or every problem at once. */
function checkedInput(input: EcoIndexInput): Record<(typeof MEASURES)[number], Decimal> {
  if (input === null || typeof input !== "object")
    throw new NrsError([problem("NRS_INVALID_TYPE", [], "Un objet est attendu.", "An object is expected.")]);
  const problems: Problem[] = [];
  const values: Partial<Record<(typeof MEASURES)[number], Decimal>> = {};
  for (const key of MEASURES) {
    const raw: unknown = input[key];
    if (raw === undefined) {
      problems.push(problem("NRS_REQUIRED", [key], "Champ obligatoire manquant.", "Required field is missing."));
      continue;
    }
    let d: Decimal;
    try {
      d = toDecimal(raw as DecimalInput, [key]);
    } catch (e) {
      if (!(e instanceof NrsError)) throw e;
      problems.push(...e.problems);
      continue;
    }
    const negative = negativeProblem(d, [key]);
    if (negative !== undefined) problems.push(negative);
    else if (key !== "sizeKb" && !d.isInteger())
      problems.push(problem("NRS_NOT_INTEGER", [key], "Un nombre entier est attendu.", "A whole number is expected."));
    else values[key] = d;
  }
  if (problems.length > 0) throw new NrsError(problems);
  return values as Record<(typeof MEASURES)[number], Decimal>;
}

const DOM_Q = ECOINDEX_QUANTILES.dom.map((v) => new Exact(v));
const REQ_Q = ECOINDEX_QUANTILES.requests.map((v) => new Exact(v));
const SIZE_Q = ECOINDEX_QUANTILES.sizeKb.map((v) => new Exact(v));

/** Position on a quantile scale as an exact fraction `whole + num / den`. */
interface Position {
  readonly whole: number;
  readonly num: ExactValue;
  readonly den: ExactValue;
}

// The published method: linear interpolation inside the first band whose upper bound is strictly above
// the value; at or beyond the last boundary the position is 20.
function position(value: ExactValue, q: readonly ExactValue[]): Position {
  for (let i = 1; i < q.length; i++) {
    const hi = q[i]!;
    if (value.lessThan(hi)) {
      const lo = q[i - 1]!;
      return { whole: i - 1, num: value.minus(lo), den: hi.minus(lo) };
    }
  }
  return { whole: q.length - 1, num: new Exact(0), den: new Exact(1) };
}

const ONE = new Exact(1);

/** Rounds the positive fraction p / q to an integer, half to even, with no intermediate rounding. */
function roundHalfEven(p: ExactValue, q: ExactValue): ExactValue {
  // The division only gives a first guess; the exact remainder decides.
  let n = p.dividedBy(q).floor();
  while (n.times(q).greaterThan(p)) n = n.minus(ONE);
  while (n.plus(ONE).times(q).lessThanOrEqualTo(p)) n = n.plus(ONE);
  const twiceRemainder = p.minus(n.times(q)).times(2);
  const cmp = twiceRemainder.comparedTo(q);
  if (cmp > 0 || (cmp === 0 && !n.mod(2).isZero())) return n.plus(ONE);
  return n;
}

function gradeOf(score: Decimal): EcoIndexGrade {
  for (const [grade, above] of ECOINDEX_GRADE_THRESHOLDS) if (score.greaterThan(above)) return grade;
  return "G";
}

const METHOD_NOTE = {
  fr: "EcoIndex (cnumr / GreenIT.fr) : quantiles HTTP Archive, score = 100 − 5 × (3·q_dom + 2·q_req + q_poids) / 6 arrondi à l'entier (au pair), GES = 2 + 2 × (50 − score) / 100 gCO2e, eau = 3 + 3 × (50 − score) / 100 cl par page vue.",
  en: "EcoIndex (cnumr / GreenIT.fr): HTTP Archive quantiles, score = 100 − 5 × (3·q_dom + 2·q_req + q_size) / 6 rounded to an integer (half to even), GHG = 2 + 2 × (50 − score) / 100 gCO2e, water = 3 + 3 × (50 − score) / 100 cl per page view.",
};
const LICENCE_NOTE = {
  fr: "Les constantes ACV d'EcoIndex (GES, eau) ne sont pas sous licence libre (© Frédéric Bordage) : vérifiez vos droits avant de republier ces chiffres.",
  en: "EcoIndex's LCA constants (GHG, water) are not under a free licence (© Frédéric Bordage): check your rights before republishing these figures.",
};

function sig40(x: ExactValue): Decimal {
  return out(x.toSignificantDigits(40, Decimal.ROUND_HALF_EVEN));
}

/**
 * Computes the EcoIndex of a web page from its DOM size, number of requests and weight, following the
 * published method (collectif Conception Numérique Responsable / GreenIT.fr, see `DOMAIN-SOURCES.md` §4.3):
 * each measure is placed on its quantile scale (0–20, {@link ECOINDEX_QUANTILES}),
 * `score = 100 − 5 × (3·q_dom + 2·q_requests + q_size) / 6`, rounded to an integer half to even (the
 * Python reference rounds before grading); grade A–G with strict thresholds
 * ({@link ECOINDEX_GRADE_THRESHOLDS}); GHG = `2 + 2 × (50 − score) / 100` gCO2e and water =
 * `3 + 3 × (50 − score) / 100` cl per page view, from the rounded score, to two decimals.
 *
 * The score is computed as an exact fraction, so a score that is exactly halfway (x.5) is rounded to the
 * even integer, and one that is a hair above or below is not mistaken for a tie.
 *
 * Licence caveat: the quantiles and formulas are public facts; this code is written from the description,
 * not taken from EcoIndex's code (CC BY-NC-ND). The LCA constants behind the GHG and water figures are
 * **not under a free licence** (©Frédéric Bordage, per the EcoIndex READMEs): check your rights before
 * republishing those two figures.
 *
 * Throws an `NrsError` (`NRS_NEGATIVE`, `NRS_NOT_INTEGER`, `NRS_NOT_A_NUMBER`, ...) with French and
 * English messages on bad input.
 *
 * @example
 * ```ts
 * import { ecoIndex } from "@nrs/footprint";
 * const r = ecoIndex({ dom: 100, requests: 100, sizeKb: 100 });
 * // The README example of the Python reference: score 72, grade B, 1.56 gCO2e, 2.34 cl.
 * if (r.score.toNumber() !== 72 || r.grade !== "B" || r.ghgGramsCO2e.toString() !== "1.56") throw new Error("unexpected");
 * console.log(r.waterCl.toString()); // "2.34"
 * ```
 */
export function ecoIndex(input: EcoIndexInput): EcoIndexResult {
  const { dom, requests, sizeKb } = checkedInput(input);
  const d = position(new Exact(dom), DOM_Q);
  const r = position(new Exact(requests), REQ_Q);
  const s = position(new Exact(sizeKb), SIZE_Q);

  // score = 100 − 5/6 · (3·qd + 2·qr + qs), written as one fraction P / Q over the product of the widths.
  const den = d.den.times(r.den).times(s.den);
  const weightedWhole = new Exact(3 * d.whole + 2 * r.whole + s.whole);
  const numer = weightedWhole
    .times(den)
    .plus(d.num.times(3).times(r.den).times(s.den))
    .plus(r.num.times(2).times(d.den).times(s.den))
    .plus(s.num.times(d.den).times(r.den));
  const P = den.times(600).minus(numer.times(5));
  const Q = den.times(6);
  const rounded = roundHalfEven(P, Q);
  const score = out(rounded);
  const gap = new Exact(50).minus(rounded);
  const ghg = new Exact(2).plus(gap.times(2).dividedBy(100)).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
  const water = new Exact(3).plus(gap.times(3).dividedBy(100)).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
  const q = (p: Position) => sig40(new Exact(p.whole).plus(p.num.dividedBy(p.den)));
  const subject = "page";
  return {
    impacts: impactTable([
      { criterion: "gwp", stage: "use", value: out(ghg.dividedBy(1000)) },
      // 1 cl = 10⁻⁵ m³
      { criterion: "water", stage: "use", value: out(water.dividedBy(100000)) },
    ]),
    trace: {
      factors: [],
      values: [
        { name: "dom", value: dom.toFixed(), origin: "input", subject },
        { name: "requests", value: requests.toFixed(), origin: "input", subject },
        { name: "sizeKb", value: sizeKb.toFixed(), unit: "kB", origin: "input", subject },
      ],
      notes: [METHOD_NOTE, LICENCE_NOTE],
    },
    score,
    scoreUnrounded: sig40(P.dividedBy(Q)),
    grade: gradeOf(score),
    ghgGramsCO2e: out(ghg),
    waterCl: out(water),
    quantiles: { dom: q(d), requests: q(r), sizeKb: q(s) },
  };
}

/**
 * The EcoIndex grade of a score: the first of A > 80, B > 70, C > 55, D > 40, E > 25, F > 10 that the
 * score is strictly above, else G. Pass the rounded score to match the reference implementation.
 *
 * @example
 * ```ts
 * import { ecoIndexGrade } from "@nrs/footprint";
 * console.log(ecoIndexGrade(80), ecoIndexGrade(81)); // "B" "A"
 * ```
 */
export function ecoIndexGrade(score: DecimalInput): EcoIndexGrade {
  return gradeOf(assertNonNegative(toDecimal(score, ["score"]), ["score"]));
}
