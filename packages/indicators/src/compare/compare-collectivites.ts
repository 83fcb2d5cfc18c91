import { Decimal } from "decimal.js";
import { definedProps, Exact, out, toDecimal, type Message } from "@nrs/core";
import { TYPES_COLLECTIVITE } from "@nrs/model";
import { indicatorDefinition } from "../catalogue.js";
import type { Direction } from "../indicator-definition.js";
import type { CompareSubject, SubjectValue } from "./compare-subject.js";
import type { CollectivitesComparison, ComparedValue, IndicatorComparison, NotCompared, PeerGroupComparison } from "./comparison.js";
import { defaultNormaliser, NORMALISER_LABELS, type Normaliser } from "./normaliser.js";
import { quartiles, type Quartiles } from "./quantiles.js";
import { SIZE_CLASS_LABELS, sizeClass } from "./size-class.js";
import { selectSubjects } from "./select-subjects.js";

/**
 * Options of {@link compareCollectivites}.
 *
 * @example
 * ```ts
 * import type { CompareOptions } from "@nrs/indicators";
 * const o: CompareOptions = { year: 2025, groupBy: "taille", normalisers: { "empreinte-carbone-totale": "habitant" } };
 * console.log(o.groupBy);
 * ```
 */
export interface CompareOptions {
  /** The year to compare; subjects of other years are left out with a problem (default: the first subject's year). */
  readonly year?: number;
  /** Compare within population size classes (`taille`) or within communes / EPCI (`type`), instead of all together. */
  readonly groupBy?: "taille" | "type";
  /** Normaliser per indicator key, overriding {@link defaultNormaliser}; `null` compares the raw totals. */
  readonly normalisers?: Readonly<Record<string, Normaliser | null>>;
}

interface Entry {
  readonly subject: CompareSubject;
  readonly value: SubjectValue;
}

/**
 * Compares the indicators of several collectivités: for each indicator that at least two of them
 * have (same catalogue code, or same published label, and the same unit), the values — totals
 * divided by inhabitants, agents or devices so that sizes do not decide the order (see
 * {@link defaultNormaliser}) — each subject's rank and quartile, and the median and quartiles of the
 * peer group. Subjects of another year and duplicate ids are left out with a problem, never merged.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { compareCollectivites, type CompareSubject } from "@nrs/indicators";
 * const subject = (id: string, agents: number, total: number): CompareSubject => ({
 *   id, name: id, agents, year: 2025, source: { kind: "projet", label: id },
 *   values: [{ key: "empreinte-carbone-totale", code: "empreinte-carbone-totale", label: { fr: "Empreinte", en: "Footprint" }, unit: "kgCO2e", value: new Decimal(total) }],
 * });
 * const r = compareCollectivites([subject("A", 1000, 200000), subject("B", 500, 150000)]);
 * const c = r.indicators[0]!;
 * console.log(c.unit, c.groups[0]!.values.map((v) => `${v.subject} ${v.value.toString()}`).join(", ")); // kgCO2e/agent A 200, B 300
 * ```
 */
export function compareCollectivites(subjects: readonly CompareSubject[], options: CompareOptions = {}): CollectivitesComparison {
  const { kept, year, problems } = selectSubjects(subjects, options.year);
  const byKey = new Map<string, Entry[]>();
  for (const subject of kept) {
    for (const value of subject.values) {
      const list = byKey.get(value.key) ?? [];
      list.push({ subject, value });
      byKey.set(value.key, list);
    }
  }
  const indicators: IndicatorComparison[] = [];
  const notCompared: NotCompared[] = [];
  for (const [key, entries] of byKey) {
    const first = entries[0]!.value;
    const units = new Set(entries.map((e) => e.value.unit));
    if (units.size > 1) {
      notCompared.push({ key, label: first.label, reason: "UNITES_DIFFERENTES", message: unitsDiffer([...units]) });
    } else if (entries.length < 2) {
      notCompared.push({
        key,
        label: first.label,
        reason: "UN_SEUL",
        message: { fr: "un seul sujet a cet indicateur", en: "only one subject has this indicator" },
      });
    } else {
      const c = compareOne(key, entries, options);
      if (c.groups.reduce((n, g) => n + g.values.length, 0) >= 2) indicators.push(c);
      else
        notCompared.push({
          key,
          label: first.label,
          reason: "UN_SEUL",
          message: {
            fr: `une seule valeur comparable (${c.leftOut.map((l) => l.reason.fr).join(" ; ")})`,
            en: `one comparable value only (${c.leftOut.map((l) => l.reason.en).join("; ")})`,
          },
        });
    }
  }
  return {
    year,
    ...definedProps({ groupBy: options.groupBy }),
    subjects: kept,
    indicators,
    notCompared,
    problems,
  };
}

function unitsDiffer(units: string[]): Message {
  const list = units.map((u) => `« ${u} »`).join(", ");
  return { fr: `unités différentes (${list}) : définitions non comparables`, en: `different units (${list}): definitions not comparable` };
}

function compareOne(key: string, entries: readonly Entry[], options: CompareOptions): IndicatorComparison {
  const first = entries[0]!.value;
  const definition = first.code === undefined ? undefined : indicatorDefinition(first.code);
  const chosen = options.normalisers?.[key];
  const normaliser = chosen === null ? undefined : (chosen ?? defaultNormaliser(definition));
  const direction = definition?.direction;
  const leftOut: { subject: string; reason: Message }[] = [];
  const rows: { subject: CompareSubject; raw: Decimal; value: Decimal; normaliserValue?: Decimal }[] = [];
  for (const { subject, value } of entries) {
    if (normaliser === undefined) {
      rows.push({ subject, raw: value.value, value: value.value });
      continue;
    }
    const denominator = normaliserOf(subject, normaliser);
    if (denominator === undefined || denominator.isZero()) {
      const per = NORMALISER_LABELS[normaliser].per;
      leftOut.push({
        subject: subject.id,
        reason: { fr: `valeur ${per.fr} impossible : dénominateur inconnu ou nul`, en: `no value ${per.en}: denominator unknown or zero` },
      });
      continue;
    }
    rows.push({ subject, raw: value.value, value: out(new Exact(value.value).div(denominator), true), normaliserValue: denominator });
  }
  const groups = [...groupRows(rows, options.groupBy)].map(([group, members]) => peerGroup(group, members, direction));
  return {
    key,
    ...definedProps({ code: first.code }),
    label: first.label,
    unit: normaliser === undefined ? first.unit : `${first.unit}/${NORMALISER_LABELS[normaliser].unit}`,
    rawUnit: first.unit,
    ...definedProps({ direction, normaliser }),
    groups,
    leftOut,
  };
}

function normaliserOf(subject: CompareSubject, normaliser: Normaliser): Decimal | undefined {
  const v = normaliser === "habitant" ? subject.population : normaliser === "agent" ? subject.agents : subject.devices;
  return v === undefined ? undefined : toDecimal(v);
}

type Row = { subject: CompareSubject; raw: Decimal; value: Decimal; normaliserValue?: Decimal };

function groupRows(rows: readonly Row[], groupBy: CompareOptions["groupBy"]): Map<PeerGroupComparison["group"], Row[]> {
  const groups = new Map<PeerGroupComparison["group"], Row[]>();
  for (const row of rows) {
    const g = groupBy === "taille" ? sizeClass(row.subject.population) : groupBy === "type" ? (row.subject.type ?? "type-inconnu") : "tous";
    const list = groups.get(g) ?? [];
    list.push(row);
    groups.set(g, list);
  }
  return groups;
}

function groupLabel(group: PeerGroupComparison["group"]): Message {
  if (group === "type-inconnu") return { fr: "type de collectivité inconnu", en: "type of local authority unknown" };
  if (group === "tous") return { fr: "toutes les collectivités comparées", en: "all compared local authorities" };
  if (group === "COMMUNE" || group === "EPCI_FP") return TYPES_COLLECTIVITE[group];
  return SIZE_CLASS_LABELS[group];
}

function peerGroup(group: PeerGroupComparison["group"], rows: readonly Row[], direction: Direction | undefined): PeerGroupComparison {
  const sorted = [...rows].sort((a, b) => {
    const c = direction === "HAUSSE" ? b.value.comparedTo(a.value) : a.value.comparedTo(b.value);
    return c !== 0 ? c : a.subject.name.localeCompare(b.subject.name, "fr") || a.subject.id.localeCompare(b.subject.id);
  });
  const stats = rows.length >= 2 ? quartiles(rows.map((r) => r.value)) : undefined;
  const values: ComparedValue[] = sorted.map((r, i) => ({
    subject: r.subject.id,
    raw: r.raw,
    value: r.value,
    ...definedProps({ normaliserValue: r.normaliserValue }),
    rank: i + 1,
    quartile: stats === undefined ? 1 : quartileOf(r.value, stats),
    ...betterThanMedian(r.value, stats, direction),
  }));
  return { group, label: groupLabel(group), ...definedProps({ stats }), values };
}

function quartileOf(v: Decimal, s: Quartiles): 1 | 2 | 3 | 4 {
  if (v.lte(s.q1)) return 1;
  if (v.lte(s.median)) return 2;
  if (v.lte(s.q3)) return 3;
  return 4;
}

function betterThanMedian(v: Decimal, s: Quartiles | undefined, direction: Direction | undefined): { betterThanMedian?: boolean } {
  if (s === undefined || direction === undefined || v.eq(s.median)) return {};
  return { betterThanMedian: direction === "HAUSSE" ? v.gt(s.median) : v.lt(s.median) };
}
