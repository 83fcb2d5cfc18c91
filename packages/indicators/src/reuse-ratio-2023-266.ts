import { Decimal } from "decimal.js";
import { ex, out, type Message } from "@nrs/core";
import type { IndicatorComponent } from "./indicator-value.js";
import { coveredBy2023266 } from "./reformed-it-scope-2023-266.js";
import { recordsOf } from "./records-input.js";
import {
  RETIREMENT_DECIMAL_KEYS,
  RetirementSchema,
  REUSE_DESTINATIONS,
  type RetirementRecord,
  type RetirementRecordInput,
} from "./retirement-record.js";

/**
 * The décret n° 2023-266 yearly target (art. 3): 25 % in 2023, 35 % in 2024, 50 % from 2025;
 * `undefined` before 2023.
 *
 * @example
 * ```ts
 * import { reuseTarget2023266 } from "@nrs/indicators";
 * console.log(reuseTarget2023266(2022), reuseTarget2023266(2024)?.toString(), reuseTarget2023266(2030)?.toString()); // undefined 35 50
 * ```
 */
export function reuseTarget2023266(year: number): Decimal | undefined {
  if (year < 2023) return undefined;
  return new Decimal(year === 2023 ? 25 : year === 2024 ? 35 : 50);
}

/**
 * Options of {@link reuseRatio2023266}.
 *
 * @example
 * ```ts
 * import { reuseRatio2023266, type ReuseRatioOptions } from "@nrs/indicators";
 * const o: ReuseRatioOptions = { year: 2025, maxAgeYears: 10 };
 * console.log(reuseRatio2023266([], o)); // undefined
 * ```
 */
export interface ReuseRatioOptions {
  /** Year N of the ratio. */
  readonly year: number;
  /** Age above which an item is excluded (years, default 10: « plus de dix ans »). */
  readonly maxAgeYears?: number;
  /**
   * Inventory types covered or not, overriding {@link REFORMED_IT_SCOPE_2023_266} (the decree covers WEEE
   * categories 2° and 6° only; a large printer over 50 cm, category 4°, is `{ imprimante: false }`).
   */
  readonly covered?: Readonly<Record<string, boolean>>;
}

/**
 * Why a line is left out of the décret 2023-266 ratio: `hors-champ` (a type outside WEEE categories 2°
 * and 6°, art. 1), `plus-de-dix-ans` (over the age limit at retirement), `classifie` (classified or
 * protected information), `sans-engagement` (transferred, sold or given without the acquirer's prior
 * reuse commitment: not in A, art. 2).
 *
 * @example
 * ```ts
 * import type { ReuseExclusionReason } from "@nrs/indicators";
 * const r: ReuseExclusionReason = "hors-champ";
 * console.log(r); // hors-champ
 * ```
 */
export type ReuseExclusionReason = "hors-champ" | "plus-de-dix-ans" | "classifie" | "sans-engagement";

/**
 * Lines of one inventory type left out of the ratio for one reason.
 *
 * @example
 * ```ts
 * import { reuseRatio2023266, type ReuseExclusionGroup } from "@nrs/indicators";
 * const g: ReuseExclusionGroup | undefined = reuseRatio2023266([{ category: "serveur", quantity: 2, reformDate: "2024-01-01", destination: "STOCK", line: 5 },
 *   { category: "ecran", quantity: 1, reformDate: "2024-01-01", destination: "STOCK", line: 6 }], { year: 2025 })?.exclusions[0];
 * console.log(g?.reason, g?.type, g?.quantity, g?.lines); // hors-champ serveur 2 [ 5 ]
 * ```
 */
export interface ReuseExclusionGroup {
  /** Why. */
  readonly reason: ReuseExclusionReason;
  /** Inventory type of the lines. */
  readonly type: string;
  /** Σ quantities. */
  readonly quantity: number;
  /** Their CSV lines (records built in code have none). */
  readonly lines: readonly number[];
}

/**
 * What the décret 2023-266 ratio left out (quantities).
 *
 * @example
 * ```ts
 * import { reuseRatio2023266, type ReuseExclusions } from "@nrs/indicators";
 * const x: ReuseExclusions | undefined = reuseRatio2023266([{ category: "ecran", quantity: 3, reformDate: "2024-01-01", destination: "STOCK", classified: true }, { category: "ecran", quantity: 1, reformDate: "2024-01-01", destination: "STOCK" }], { year: 2025 })?.excluded;
 * console.log(x?.classified, x?.unknownAge); // 3 1
 * ```
 */
export interface ReuseExclusions {
  /** Items of a type outside WEEE categories 2° and 6° (a server…), excluded from A and B. */
  readonly outOfScope: number;
  /** Items over the age limit at retirement (excluded from A and B). */
  readonly overAge: number;
  /** Items holding classified information (excluded from A and B). */
  readonly classified: number;
  /** Items transferred, sold or given without a prior reuse commitment (not in A). */
  readonly noCommitment: number;
  /** Items of unknown age (kept). */
  readonly unknownAge: number;
}

/**
 * The décret 2023-266 ratio with its parts and what was left out.
 *
 * @example
 * ```ts
 * import { reuseRatio2023266, type ReuseRatio } from "@nrs/indicators";
 * const r: ReuseRatio | undefined = reuseRatio2023266([{ category: "ecran", quantity: 4, reformDate: "2024-06-01", exitDate: "2025-02-01", destination: "VENTE", reuseCommitment: true }], { year: 2025 });
 * console.log(r?.sentToReuse, r?.stockOnJanuary1, r?.value.toString()); // 4 4 100
 * ```
 */
export interface ReuseRatio extends IndicatorComponent {
  /** A: items sent to reuse or re-use during the year. */
  readonly sentToReuse: number;
  /** B: retired items in stock on 1 January. */
  readonly stockOnJanuary1: number;
  /** Items left out as over the age limit, as classified, or as reuse without a prior commitment. */
  readonly excluded: ReuseExclusions;
  /** The lines left out, per reason and type (in the order met). */
  readonly exclusions: readonly ReuseExclusionGroup[];
  /** CSV lines of the records used. */
  readonly lines: readonly number[];
}

const DAY_MS = 86_400_000;

function ageAtReform(r: RetirementRecord): Decimal | undefined {
  if (r.ageYears !== undefined) return r.ageYears;
  if (r.acquisitionDate === undefined) return undefined;
  const days = (Date.parse(r.reformDate) - Date.parse(r.acquisitionDate)) / DAY_MS;
  return new Decimal(days).dividedBy("365.25");
}

/**
 * The décret n° 2023-266 reuse ratio for year N: A / B × 100 where A = items (quantities) sent to
 * reuse or re-use during N (exit in N to `CESSION`, `VENTE` or `DON` with the acquirer's prior reuse
 * commitment) and B = retired items in stock on 1 January N (declared réformé before 1 January N and
 * not gone before it). Only types of WEEE categories 2° and 6° count (décret n° 2023-266 art. 1, see
 * {@link REFORMED_IT_SCOPE_2023_266}): a server is left out of A and B. Items over `maxAgeYears` at
 * retirement and classified items are excluded from both (art. 1, 1° and 2°); `exclusions` lists every
 * line left out with its reason; items of unknown age are kept and counted in `excluded.unknownAge` for the record. `value` is
 * absent when B is zero; `reference` is the year's target.
 *
 * @example
 * ```ts
 * import { reuseRatio2023266 } from "@nrs/indicators";
 * const r = reuseRatio2023266([
 *   { category: "ordinateur_portable", quantity: 40, reformDate: "2023-10-01", destination: "STOCK" },
 *   { category: "ordinateur_portable", quantity: 30, reformDate: "2023-11-01", exitDate: "2024-03-01", destination: "DON", reuseCommitment: true },
 *   { category: "ecran", quantity: 30, reformDate: "2023-11-01", exitDate: "2024-05-01", destination: "RECYCLAGE" },
 * ], { year: 2024 });
 * console.log(r?.value.toString(), r?.reference?.met); // 30 false
 * ```
 */
export function reuseRatio2023266(retirements: readonly RetirementRecordInput[], options: ReuseRatioOptions): ReuseRatio | undefined {
  const records = recordsOf<RetirementRecord>(retirements, RetirementSchema, RETIREMENT_DECIMAL_KEYS, "retirements");
  const c = reuseCounts2023266(records, options);
  if (c.stockOnJanuary1 === 0) return undefined;
  const value = out(ex(c.sentToReuse).dividedBy(c.stockOnJanuary1).times(100), true);
  const target = reuseTarget2023266(options.year);
  const label: Message = { fr: `Cible du décret n° 2023-266 pour ${options.year}`, en: `Décret 2023-266 target for ${options.year}` };
  return {
    ...c,
    value,
    numerator: new Decimal(c.sentToReuse),
    denominator: new Decimal(c.stockOnJanuary1),
    // eslint-disable-next-line no-restricted-syntax -- the reference is built from the target (value, met, label), not the value passed on
    ...(target === undefined ? {} : { reference: { value: target, met: value.gte(target), label } }),
  };
}

/** @internal A and B of the décret 2023-266 ratio, with what was left out (also when B is zero). */
export function reuseCounts2023266(
  retirements: readonly RetirementRecord[],
  options: ReuseRatioOptions,
): Omit<ReuseRatio, keyof IndicatorComponent> {
  const start = `${options.year}-01-01`;
  const end = `${options.year + 1}-01-01`;
  const maxAge = new Decimal(options.maxAgeYears ?? 10);
  let a = 0,
    b = 0,
    unknownAge = 0;
  const lines: number[] = [];
  const groups = new Map<string, { reason: ReuseExclusionReason; type: string; quantity: number; lines: number[] }>();
  const leave = (reason: ReuseExclusionReason, r: RetirementRecord) => {
    const key = `${reason}\u0000${r.category}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { reason, type: r.category, quantity: 0, lines: [] }));
    g.quantity += r.quantity;
    if (r.line !== undefined) g.lines.push(r.line);
  };
  for (const r of retirements) {
    const inStock = r.reformDate < start && (r.exitDate === undefined || r.exitDate >= start);
    const reusedInYear = r.exitDate !== undefined && r.exitDate >= start && r.exitDate < end && REUSE_DESTINATIONS.includes(r.destination);
    if (!inStock && !reusedInYear) continue;
    if (!coveredBy2023266(r.category, options.covered)) {
      leave("hors-champ", r);
      continue;
    }
    if (r.classified === true) {
      leave("classifie", r);
      continue;
    }
    const age = ageAtReform(r);
    if (age !== undefined && age.gt(maxAge)) {
      leave("plus-de-dix-ans", r);
      continue;
    }
    if (age === undefined) unknownAge += r.quantity;
    let used = false;
    if (inStock) {
      b += r.quantity;
      used = true;
    }
    if (reusedInYear) {
      if (r.reuseCommitment === true) {
        a += r.quantity;
        used = true;
      } else leave("sans-engagement", r);
    }
    if (used && r.line !== undefined) lines.push(r.line);
  }
  const exclusions = [...groups.values()];
  const total = (reason: ReuseExclusionReason) => exclusions.reduce((n, g) => (g.reason === reason ? n + g.quantity : n), 0);
  return {
    sentToReuse: a,
    stockOnJanuary1: b,
    lines,
    exclusions,
    excluded: {
      outOfScope: total("hors-champ"),
      overAge: total("plus-de-dix-ans"),
      classified: total("classifie"),
      noCommitment: total("sans-engagement"),
      unknownAge,
    },
  };
}
