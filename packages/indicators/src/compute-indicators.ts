import { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { ex, Exact, NrsError, out, problemsFromZod, toDecimal, type DecimalInput, type ExactValue, type Message, type Problem } from "@nrs/core";
import { datedInYear } from "./dated-in-year.js";
import { EcoIndexMeasurementSchema } from "./ecoindex-record.js";
import { EventSchema } from "./event-record.js";
import { OpenDataDatasetSchema } from "./open-data-record.js";
import { PurchaseSchema } from "./purchase-record.js";
import { RetirementSchema } from "./retirement-record.js";
import { RgaaAuditSchema } from "./rgaa-record.js";
import { RgesnEvaluationSchema } from "./rgesn-record.js";
import { ecoIndex, ecoIndexGrade } from "@nrs/footprint";
import { agecReuseShare } from "./agec-reuse-share.js";
import { catalogue, indicatorDefinition } from "./catalogue.js";
import type { IndicatorData } from "./indicator-data.js";
import type {
  DataQuality, DatasetName, IndicatorComponent, IndicatorResults, IndicatorValue, NotComputed, NotComputedReason, RecordsUsed,
} from "./indicator-value.js";
import { reuseCounts2023266, reuseRatio2023266 } from "./reuse-ratio-2023-266.js";
import { rgaaState } from "./rgaa-state.js";
import { rgesnScore, type RgesnStatus } from "./rgesn-score.js";
import { TERRITORY_INDICATORS } from "./territory-catalogue.js";
import { territoryIndicators } from "./territory-indicator-values.js";

/**
 * The entity of a record that names none.
 *
 * @example
 * ```ts
 * import { DEFAULT_ENTITY } from "@nrs/indicators";
 * console.log(DEFAULT_ENTITY); // epci
 * ```
 */
export const DEFAULT_ENTITY = "epci";

/**
 * Options of {@link computeIndicators}.
 *
 * @example
 * ```ts
 * import { computeIndicators, type ComputeIndicatorsOptions } from "@nrs/indicators";
 * const o: ComputeIndicatorsOptions = { year: 2025, entity: "26901", rgaaValidityYears: 3 };
 * console.log(computeIndicators({}, o).entity); // 26901
 * ```
 */
export interface ComputeIndicatorsOptions {
  /** The reporting year (calendar year). */
  readonly year: number;
  /**
   * Keep only the records of this entity (`epci` or an INSEE code; a record without entity belongs to
   * {@link DEFAULT_ENTITY}). Without it every record is used and the results' entity is `*`.
   */
  readonly entity?: string;
  /** AGEC art. 58 minimum shares (%) per category, instead of the décret 2021-254 values. */
  readonly agecThresholds?: Readonly<Record<string, DecimalInput>>;
  /** Years an RGAA audit stays valid (default 3, the update period of the accessibility statement). */
  readonly rgaaValidityYears?: number;
  /** Inventory types counted as workstations for `duree-usage-postes` (default laptops and desktops). */
  readonly workstationTypes?: readonly string[];
  /**
   * Check every record against its schema before computing (default true), so that records built by
   * hand (not by the CSV parsers) get the same errors. Set false for records that come from the parsers.
   */
  readonly validate?: boolean;
}

const SCHEMAS: readonly [keyof IndicatorData, z.ZodMiniType][] = [
  ["purchases", PurchaseSchema], ["retirements", RetirementSchema], ["events", EventSchema], ["rgesn", RgesnEvaluationSchema],
  ["rgaa", RgaaAuditSchema], ["ecoindex", EcoIndexMeasurementSchema], ["openData", OpenDataDatasetSchema],
];

// A bad export can make every record wrong; the first hundred are enough to fix it.
const MAX_PROBLEMS = 100;

// Arrays already checked (by identity): computing 41 entities of one EPCI checks each dataset once.
// Records are readonly in the types; an array mutated after a first call is the caller's lookout.
const CHECKED = new WeakSet<object>();

function validate(data: IndicatorData): void {
  const problems: Problem[] = [];
  for (const [key, schema] of SCHEMAS) {
    const rows = data[key];
    if (rows === undefined || (typeof rows === "object" && CHECKED.has(rows))) continue;
    if (!Array.isArray(rows)) {
      problems.push({ code: "NRS_INVALID_TYPE", severity: "error", path: [key], message: { fr: `${key} doit être une liste.`, en: `${key} must be a list.` } });
      continue;
    }
    rows.forEach((row: unknown, i: number) => {
      if (problems.length >= MAX_PROBLEMS) return;
      const r = schema.safeParse(row);
      if (!r.success) problems.push(...problemsFromZod(r.error, { pathPrefix: [key, i] }).map((p) => {
        const line = (row as { line?: unknown } | null)?.line;
        return typeof line === "number" ? { ...p, line } : p;
      }));
    });
    if (problems.length === 0) CHECKED.add(rows);
  }
  if (problems.length > 0) throw new NrsError(problems);
}

const STAGE_KEYS: Readonly<Record<string, string>> = { manufacturing: "fabrication", distribution: "distribution", use: "utilisation", endOfLife: "fin-de-vie" };

interface Ctx {
  readonly year: number;
  readonly entity: string;
  readonly values: IndicatorValue[];
  readonly notComputed: NotComputed[];
  readonly problems: Problem[];
}

interface ValueSpec {
  readonly component: IndicatorComponent;
  readonly breakdown?: Readonly<Record<string, IndicatorComponent>>;
  readonly records: readonly RecordsUsed[];
  readonly formula: Message;
  readonly quality?: DataQuality;
  readonly notes?: readonly Message[];
  readonly factorPacks?: readonly { readonly id: string; readonly version: string }[];
}

function put(ctx: Ctx, code: string, spec: ValueSpec): void {
  const def = indicatorDefinition(code);
  if (def === undefined) throw new Error(`internal: ${code} not in the catalogue`);
  ctx.values.push({
    code, entity: ctx.entity, year: ctx.year, unit: def.unit, ...spec.component,
    ...(spec.breakdown === undefined ? {} : { breakdown: spec.breakdown }),
    provenance: {
      records: spec.records, formula: spec.formula, quality: spec.quality ?? "CALCULEE", notes: spec.notes ?? [],
      ...(spec.factorPacks === undefined ? {} : { factorPacks: spec.factorPacks }),
    },
  });
}

function skip(ctx: Ctx, codes: readonly string[], reason: NotComputedReason, message: Message, missing?: readonly string[]): void {
  for (const code of codes) {
    ctx.notComputed.push({ code, entity: ctx.entity, year: ctx.year, reason, message, ...(missing === undefined ? {} : { missing }) });
  }
}

function noData(ctx: Ctx, codes: readonly string[], what: string, fr: string, en: string): void {
  skip(ctx, codes, "DONNEES_ABSENTES", { fr, en }, [what]);
}

/** A ratio component: value = num / den × multiplier; `undefined` when den is zero. */
function ratio(num: ExactValue, den: ExactValue, multiplier = 1): IndicatorComponent | undefined {
  if (den.isZero()) return undefined;
  return { value: out(num.times(multiplier).dividedBy(den), true), numerator: out(num), denominator: out(den) };
}

function fmt(x: ExactValue | Decimal | number): string {
  return new Exact(x.toString()).toSignificantDigits(12).toString();
}

function formula(num: ExactValue, den: ExactValue, multiplier = 1): Message {
  const t = `${fmt(num)} / ${fmt(den)}${multiplier === 1 ? "" : ` × ${multiplier}`}`;
  return { fr: t, en: t };
}

function used(dataset: DatasetName, lines: readonly (number | undefined)[]): RecordsUsed {
  const l = lines.filter((x): x is number => x !== undefined && x > 0);
  return l.length > 0 ? { dataset, count: lines.length, lines: l } : { dataset, count: lines.length };
}

function perAgentBase(ctx: Ctx, data: IndicatorData, codes: readonly string[]): ExactValue | undefined {
  if (data.agents === undefined) {
    noData(ctx, codes, "agents", "Le nombre d'agents (ETP) n'est pas renseigné.", "The number of employees (FTE) is not given.");
    return undefined;
  }
  const agents = ex(toDecimal(data.agents, ["agents"]));
  if (agents.isNegative()) throw new NrsError([{ code: "NRS_NEGATIVE", severity: "error", path: ["agents"], message: { fr: "Le nombre d'agents est négatif.", en: "The number of employees is negative." } }]);
  if (agents.isZero()) {
    skip(ctx, codes, "DENOMINATEUR_NUL", { fr: "Le nombre d'agents est nul.", en: "The number of employees is zero." });
    return undefined;
  }
  return agents;
}

/**
 * Computes every computable indicator of the {@link catalogue} for one year (and one entity, or all
 * records), each value with its provenance (records used, formula with the numbers, data quality,
 * notes), and lists every other indicator of the catalogue in `notComputed` with the reason (collected
 * by hand, data missing, zero denominator). Never a NaN, never a silent zero: a missing dataset gives
 * « not computed », not 0. Every record is first checked against its schema (option `validate`);
 * throws an `NrsError` (`@nrs/core`) with every bad record's path (`["purchases", 3, "amount"]`) and
 * line, for a bad option, or for a negative agents or population count.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import { computeIndicators } from "@nrs/indicators";
 * const r = computeIndicators({
 *   agents: 200,
 *   purchases: [
 *     { date: "2024-02-01", category: "informatique-telephonie", amount: new Decimal(50000), reuseAmount: new Decimal(7500), line: 2 },
 *   ],
 *   openData: [
 *     { dataset: "Délibérations", published: true, schema: "scdl/deliberations", line: 2 },
 *     { dataset: "Agenda", published: true, line: 3 },
 *   ],
 * }, { year: 2024 });
 * const share = r.values.find((v) => v.code === "part-achats-reemploi");
 * console.log(share?.value.toString(), share?.reference?.met); // 15 false
 * console.log(r.values.find((v) => v.code === "part-donnees-schema")?.value.toString()); // 50
 * console.log(r.notComputed.find((n) => n.code === "pue")?.reason); // DONNEES_ABSENTES
 * ```
 */
export function computeIndicators(data: IndicatorData, options: ComputeIndicatorsOptions): IndicatorResults {
  const year = options.year;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new NrsError([{ code: "NRS_INVALID_OPTION", severity: "error", path: ["year"], message: { fr: `Année invalide : ${String(year)}.`, en: `Invalid year: ${String(year)}.` } }]);
  }
  if (options.validate !== false) validate(data);
  const entity = options.entity;
  const ctx: Ctx = { year, entity: entity ?? "*", values: [], notComputed: [], problems: [] };
  const mine = <T extends { readonly entity?: string }>(rows: readonly T[] | undefined): readonly T[] | undefined =>
    rows === undefined || entity === undefined ? rows : rows.filter((r) => (r.entity ?? DEFAULT_ENTITY) === entity);
  // A register that has records for the year covers every entity: an entity without any record in it
  // had none (its counts are zero), which is not the same as a register that is missing for the year.
  const yearly = <T extends { readonly date: string }>(rows: readonly T[] | undefined): boolean => rows !== undefined && rows.some((r) => datedInYear(r.date, year));

  footprintIndicators(ctx, data);
  territoryIndicatorsOf(ctx, data);
  inventoryIndicators(ctx, data, mine(data.inventory));
  retirementIndicators(ctx, data, mine(data.retirements), options, (data.retirements?.length ?? 0) > 0);
  purchaseIndicators(ctx, mine(data.purchases), options);
  hostingIndicators(ctx, data, mine(data.hosting));
  rgesnIndicators(ctx, mine(data.rgesn));
  rgaaIndicators(ctx, mine(data.rgaa), options.rgaaValidityYears ?? 3);
  ecoIndexIndicators(ctx, mine(data.ecoindex));
  eventIndicators(ctx, data, mine(data.events), yearly(data.events));
  openDataIndicators(ctx, mine(data.openData));

  const done = new Set([...ctx.values.map((v) => v.code), ...ctx.notComputed.map((n) => n.code)]);
  for (const d of catalogue) {
    if (done.has(d.code)) continue;
    skip(ctx, [d.code], "COLLECTE", { fr: "Indicateur saisi, non calculé : sa valeur vient du bilan.", en: "Collected indicator, not computed: its value comes from the bilan." });
  }
  return { year, entity: ctx.entity, values: ctx.values, notComputed: ctx.notComputed, problems: ctx.problems };
}

function footprintIndicators(ctx: Ctx, data: IndicatorData): void {
  const codes = ["empreinte-carbone-totale", "empreinte-carbone-par-agent", "empreinte-carbone-par-habitant"];
  const gwp = data.footprint?.impacts.gwp;
  const stages = gwp === undefined ? [] : Object.entries(gwp).filter((e): e is [string, { value: Decimal }] => e[1] !== undefined);
  if (data.footprint === undefined || stages.length === 0) {
    noData(ctx, codes, "footprint", "Aucune empreinte (impact GES) calculée pour l'année.", "No footprint (GHG impact) computed for the year.");
    return;
  }
  const packs = data.footprint.factorPacks;
  const extra = packs === undefined ? {} : { factorPacks: packs };
  const total = stages.reduce((s, [, c]) => s.plus(ex(c.value)), new Exact(0));
  const records = [{ dataset: "empreinte" as const, count: stages.length }];
  const byStage = (den: ExactValue): Record<string, IndicatorComponent> =>
    Object.fromEntries(stages.map(([k, c]) => [STAGE_KEYS[k] ?? k, ratio(ex(c.value), den) as IndicatorComponent]));
  put(ctx, "empreinte-carbone-totale", {
    component: { value: out(total) }, breakdown: byStage(new Exact(1)), records,
    formula: { fr: `Σ étapes = ${fmt(total)} kgCO2e`, en: `Σ stages = ${fmt(total)} kgCO2e` }, ...extra,
  });
  const agents = perAgentBase(ctx, data, ["empreinte-carbone-par-agent"]);
  if (agents !== undefined) {
    put(ctx, "empreinte-carbone-par-agent", { component: ratio(total, agents) as IndicatorComponent, breakdown: byStage(agents), records, formula: formula(total, agents), ...extra });
  }
  if (data.population === undefined) {
    noData(ctx, ["empreinte-carbone-par-habitant"], "population", "La population n'est pas renseignée.", "The population is not given.");
  } else {
    const pop = ex(toDecimal(data.population, ["population"]));
    if (pop.lte(0)) skip(ctx, ["empreinte-carbone-par-habitant"], "DENOMINATEUR_NUL", { fr: "La population est nulle.", en: "The population is zero." });
    else put(ctx, "empreinte-carbone-par-habitant", { component: ratio(total, pop) as IndicatorComponent, breakdown: byStage(pop), records, formula: formula(total, pop), ...extra });
  }
}

function territoryIndicatorsOf(ctx: Ctx, data: IndicatorData): void {
  if (data.territory === undefined) {
    noData(ctx, TERRITORY_INDICATORS.map((d) => d.code), "territory", "Empreinte du territoire non calculée (territoire.json).", "Territory footprint not computed (territoire.json).");
    return;
  }
  const t = territoryIndicators(data.territory, { year: ctx.year, entity: ctx.entity });
  ctx.values.push(...t.values);
  ctx.notComputed.push(...t.notComputed);
}

function inventoryIndicators(ctx: Ctx, data: IndicatorData, inventory: IndicatorData["inventory"]): void {
  const code = "equipements-par-agent";
  if (inventory === undefined) {
    noData(ctx, [code], "inventory", "Pas d'inventaire du parc.", "No device inventory.");
    return;
  }
  const end = `${ctx.year}-12-31`;
  const live = inventory.filter((i) => (i.acquisitionDate === undefined || i.acquisitionDate <= end) && (i.retirementDate === undefined || i.retirementDate > end));
  if (live.length === 0) {
    noData(ctx, [code], "inventory", `Aucun équipement en service au ${end}.`, `No device in service on ${end}.`);
    return;
  }
  const agents = perAgentBase(ctx, data, [code]);
  if (agents === undefined) return;
  const byType = new Map<string, ExactValue>();
  let total = new Exact(0);
  for (const i of live) {
    total = total.plus(i.quantity);
    byType.set(i.type, (byType.get(i.type) ?? new Exact(0)).plus(i.quantity));
  }
  put(ctx, code, {
    component: ratio(total, agents) as IndicatorComponent,
    breakdown: Object.fromEntries([...byType].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, q]) => [t, ratio(q, agents) as IndicatorComponent])),
    records: [used("inventaire", live.map((i) => i.line))], formula: formula(total, agents),
  });
}

function retirementIndicators(ctx: Ctx, data: IndicatorData, rows: IndicatorData["retirements"], options: ComputeIndicatorsOptions, registerExists: boolean): void {
  const codes = ["duree-vie-moyenne-equipements", "duree-usage-postes", "taux-reemploi-reforme", "biens-reformes-stock", "biens-orientes-reemploi", "poids-deee", "poids-deee-par-agent", "dons-materiel-externe"];
  if (rows === undefined || !registerExists) {
    noData(ctx, codes, "retirements", "Pas de registre des sorties de matériel (sorties.csv).", "No register of retired equipment (sorties.csv).");
    return;
  }
  const year = ctx.year;
  // Lifetimes: items declared retired in the year, weighted by quantity.
  const retired = rows.filter((r) => datedInYear(r.reformDate, year));
  const withAge = retired.map((r) => ({ r, age: r.ageYears ?? (r.acquisitionDate === undefined ? undefined
    : new Decimal((Date.parse(r.reformDate) - Date.parse(r.acquisitionDate)) / 86_400_000).dividedBy("365.25")) }));
  const known = withAge.filter((x): x is { r: typeof x.r; age: Decimal } => x.age !== undefined);
  const unknown = withAge.length - known.length;
  const notes: Message[] = unknown === 0 ? [] : [{ fr: `${unknown} ligne(s) sans âge ni date d'acquisition écartée(s).`, en: `${unknown} line(s) without age or acquisition date left out.` }];
  const meanOf = (list: typeof known) => {
    let n = new Exact(0), d = new Exact(0);
    for (const { r, age } of list) { n = n.plus(ex(age).times(r.quantity)); d = d.plus(r.quantity); }
    return { n, d };
  };
  if (known.length === 0) {
    noData(ctx, ["duree-vie-moyenne-equipements", "duree-usage-postes"], "retirements", `Aucun équipement réformé en ${year} dont l'âge est connu.`, `No device retired in ${year} with a known age.`);
  } else {
    const all = meanOf(known);
    const types = [...new Set(known.map((k) => k.r.category))].sort();
    put(ctx, "duree-vie-moyenne-equipements", {
      component: ratio(all.n, all.d) as IndicatorComponent,
      breakdown: Object.fromEntries(types.map((t) => { const m = meanOf(known.filter((k) => k.r.category === t)); return [t, ratio(m.n, m.d) as IndicatorComponent]; })),
      records: [used("sorties", known.map((k) => k.r.line))], formula: formula(all.n, all.d), notes,
    });
    const ws = options.workstationTypes ?? ["ordinateur_portable", "ordinateur_fixe"];
    const posts = known.filter((k) => ws.includes(k.r.category));
    if (posts.length === 0) noData(ctx, ["duree-usage-postes"], "retirements", `Aucun poste de travail réformé en ${year} dont l'âge est connu.`, `No workstation retired in ${year} with a known age.`);
    else {
      const p = meanOf(posts);
      put(ctx, "duree-usage-postes", { component: ratio(p.n, p.d) as IndicatorComponent, records: [used("sorties", posts.map((k) => k.r.line))], formula: formula(p.n, p.d), notes });
    }
  }
  // Décret 2023-266.
  const counts = reuseCounts2023266(rows, { year });
  const cRec = [used("sorties", counts.lines)];
  put(ctx, "biens-reformes-stock", { component: { value: new Decimal(counts.stockOnJanuary1) }, records: cRec, quality: "MESUREE",
    formula: { fr: `B = biens réformés en stock au 1er janvier ${year} = ${counts.stockOnJanuary1}`, en: `B = retired items in stock on 1 January ${year} = ${counts.stockOnJanuary1}` } });
  put(ctx, "biens-orientes-reemploi", { component: { value: new Decimal(counts.sentToReuse) }, records: cRec, quality: "MESUREE",
    formula: { fr: `A = biens orientés vers le réemploi en ${year} = ${counts.sentToReuse}`, en: `A = items sent to reuse in ${year} = ${counts.sentToReuse}` } });
  const rr = reuseRatio2023266(rows, { year });
  if (rr === undefined) {
    skip(ctx, ["taux-reemploi-reforme"], "DENOMINATEUR_NUL", { fr: `Aucun bien réformé en stock au 1er janvier ${year} (B = 0).`, en: `No retired item in stock on 1 January ${year} (B = 0).` });
  } else {
    const ex2: Message[] = [];
    const e = rr.excluded;
    if (e.overAge > 0) ex2.push({ fr: `${e.overAge} bien(s) de plus de 10 ans exclu(s).`, en: `${e.overAge} item(s) over 10 years old excluded.` });
    if (e.classified > 0) ex2.push({ fr: `${e.classified} bien(s) classifié(s) exclu(s).`, en: `${e.classified} classified item(s) excluded.` });
    if (e.noCommitment > 0) ex2.push({ fr: `${e.noCommitment} bien(s) cédé(s), vendu(s) ou donné(s) sans engagement de réemploi non compté(s) dans A.`, en: `${e.noCommitment} item(s) transferred, sold or given without a reuse commitment not counted in A.` });
    if (e.unknownAge > 0) ex2.push({ fr: `${e.unknownAge} bien(s) d'âge inconnu compté(s).`, en: `${e.unknownAge} item(s) of unknown age counted.` });
    const { value, numerator, denominator, reference } = rr;
    put(ctx, "taux-reemploi-reforme", {
      component: { value, ...(numerator === undefined ? {} : { numerator }), ...(denominator === undefined ? {} : { denominator }), ...(reference === undefined ? {} : { reference }) },
      records: [used("sorties", rr.lines)], formula: { fr: `A / B × 100 = ${rr.sentToReuse} / ${rr.stockOnJanuary1} × 100`, en: `A / B × 100 = ${rr.sentToReuse} / ${rr.stockOnJanuary1} × 100` },
      notes: ex2, quality: e.unknownAge > 0 ? "ESTIMEE" : "CALCULEE",
    });
  }
  // WEEE and gifts: items that left in the year.
  const left = rows.filter((r) => datedInYear(r.exitDate, year));
  const weee = left.filter((r) => r.destination === "RECYCLAGE");
  const weighed = weee.filter((r) => r.weightKg !== undefined);
  if (weee.length > 0 && weighed.length === 0) {
    noData(ctx, ["poids-deee", "poids-deee-par-agent"], "retirements.weightKg", "Aucun poids renseigné pour les DEEE de l'année.", "No weight given for the year's WEEE.");
  } else {
    const kg = weighed.reduce((s, r) => s.plus(ex(r.weightKg as Decimal)), new Exact(0));
    const wNotes: Message[] = weee.length > weighed.length ? [{ fr: `${weee.length - weighed.length} ligne(s) DEEE sans poids écartée(s) : valeur sous-estimée.`, en: `${weee.length - weighed.length} WEEE line(s) without weight left out: value underestimated.` }] : [];
    const q: DataQuality = weee.length > weighed.length ? "ESTIMEE" : "MESUREE";
    const rec = [used("sorties", weighed.map((r) => r.line))];
    put(ctx, "poids-deee", { component: { value: out(kg) }, records: rec, formula: { fr: `Σ poids = ${fmt(kg)} kg`, en: `Σ weight = ${fmt(kg)} kg` }, notes: wNotes, quality: q });
    const agents = perAgentBase(ctx, data, ["poids-deee-par-agent"]);
    if (agents !== undefined) put(ctx, "poids-deee-par-agent", { component: ratio(kg, agents) as IndicatorComponent, records: rec, formula: formula(kg, agents), notes: wNotes, quality: q });
  }
  const gifts = left.filter((r) => r.destination === "DON");
  const g = gifts.reduce((s, r) => s + r.quantity, 0);
  put(ctx, "dons-materiel-externe", { component: { value: new Decimal(g) }, records: [used("sorties", gifts.map((r) => r.line))], formula: { fr: `Σ quantités données = ${g}`, en: `Σ quantities given = ${g}` }, quality: "MESUREE" });
}

function purchaseIndicators(ctx: Ctx, rows: IndicatorData["purchases"], options: ComputeIndicatorsOptions): void {
  const code = "part-achats-reemploi";
  if (rows === undefined) {
    noData(ctx, [code], "purchases", "Pas de données d'achats (achats.csv).", "No purchase data (achats.csv).");
    return;
  }
  const shares = agecReuseShare(rows, { year: ctx.year, ...(options.agecThresholds === undefined ? {} : { thresholds: options.agecThresholds }) });
  const it = shares.find((s) => s.category === "informatique-telephonie");
  if (it === undefined) {
    noData(ctx, [code], "purchases", `Aucun achat de matériel informatique et de téléphonie en ${ctx.year}.`, `No IT or phone purchase in ${ctx.year}.`);
    return;
  }
  const strip = (s: (typeof shares)[number]): IndicatorComponent => {
    const { value, numerator, denominator, reference } = s;
    return { value, ...(numerator === undefined ? {} : { numerator }), ...(denominator === undefined ? {} : { denominator }), ...(reference === undefined ? {} : { reference }) };
  };
  put(ctx, code, {
    component: strip(it), breakdown: Object.fromEntries(shares.map((s) => [s.category, strip(s)])),
    records: [used("achats", it.lines)], formula: formula(ex(it.numerator as Decimal), ex(it.denominator as Decimal), 100), quality: "MESUREE",
  });
}

function hostingIndicators(ctx: Ctx, data: IndicatorData, rows: IndicatorData["hosting"]): void {
  if (data.servers === undefined) {
    noData(ctx, ["part-serveurs-virtualises"], "servers", "Le nombre de serveurs virtuels et physiques n'est pas renseigné.", "The number of virtual and physical servers is not given.");
  } else {
    const v = ex(toDecimal(data.servers.virtual, ["servers", "virtual"]));
    const p = ex(toDecimal(data.servers.physical, ["servers", "physical"]));
    const c = v.isNegative() || p.isNegative() ? undefined : ratio(v, v.plus(p), 100);
    if (c === undefined) skip(ctx, ["part-serveurs-virtualises"], "DENOMINATEUR_NUL", { fr: "Aucun serveur (ou nombre négatif).", en: "No server (or a negative count)." });
    else put(ctx, "part-serveurs-virtualises", { component: c, records: [{ dataset: "hebergement", count: 1 }], formula: { fr: `${fmt(v)} / (${fmt(v)} + ${fmt(p)}) × 100`, en: `${fmt(v)} / (${fmt(v)} + ${fmt(p)}) × 100` }, quality: "MESUREE" });
  }
  if (rows === undefined) {
    noData(ctx, ["pue"], "hosting", "Pas d'inventaire de l'hébergement.", "No hosting inventory.");
    return;
  }
  const start = `${ctx.year}-01-01`;
  const active = rows.filter((r) => (r.retirementDate === undefined || r.retirementDate >= start) && (r.endDate === undefined || r.endDate >= start));
  const known = active.filter((r) => r.annualKwh !== undefined && r.pue !== undefined && !r.annualKwh.isZero());
  if (known.length === 0) {
    noData(ctx, ["pue"], "hosting.pue", "Aucune ligne d'hébergement avec consommation et PUE connus.", "No hosting line with known energy and PUE.");
    return;
  }
  let n = new Exact(0), d = new Exact(0);
  for (const r of known) { n = n.plus(ex(r.annualKwh as Decimal).times(ex(r.pue as Decimal))); d = d.plus(ex(r.annualKwh as Decimal)); }
  const notes: Message[] = active.length > known.length ? [{ fr: `${active.length - known.length} ligne(s) sans consommation ou sans PUE écartée(s).`, en: `${active.length - known.length} line(s) without energy or PUE left out.` }] : [];
  put(ctx, "pue", { component: ratio(n, d) as IndicatorComponent, records: [{ dataset: "hebergement", count: known.length }], formula: formula(n, d), notes, quality: "MESUREE" });
}

function latestBy<T extends { readonly date: string }>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const best = new Map<string, string>();
  for (const r of rows) { const k = key(r); const d = best.get(k); if (d === undefined || r.date > d) best.set(k, r.date); }
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (best.get(k) !== r.date) continue;
    let l = out.get(k);
    if (l === undefined) out.set(k, (l = []));
    l.push(r);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function rgesnIndicators(ctx: Ctx, rows: IndicatorData["rgesn"]): void {
  const codes = ["score-rgesn-moyen", "score-rgesn-thematique"];
  const year = rows?.filter((r) => datedInYear(r.date, ctx.year));
  if (year === undefined || year.length === 0) {
    noData(ctx, codes, "rgesn", `Aucune évaluation RGESN en ${ctx.year}.`, `No RGESN evaluation in ${ctx.year}.`);
    return;
  }
  const services = latestBy(year, (r) => `${r.entity ?? DEFAULT_ENTITY}\u0000${r.service}`);
  let sumScores = new Exact(0), count = 0, vw = new Exact(0), aw = new Exact(0);
  const perService: Record<string, IndicatorComponent> = {};
  const thematic = new Map<number, { v: ExactValue; a: ExactValue }>();
  const lines: (number | undefined)[] = [];
  const notes: Message[] = [];
  for (const [key, evals] of services) {
    const name = key.split("\u0000")[1] ?? key;
    let s;
    try {
      s = rgesnScore(evals.map((e) => ({ criterion: e.criterion, status: e.status as RgesnStatus })));
    } catch (e) {
      if (!(e instanceof NrsError)) throw e;
      for (const p of e.problems) ctx.problems.push({ ...p, path: ["rgesn", name, ...p.path], ...(evals[0]?.line === undefined ? {} : { line: evals[0].line }) });
      notes.push({ fr: `Évaluation de « ${name} » écartée (statuts invalides).`, en: `Evaluation of "${name}" left out (invalid statuses).` });
      continue;
    }
    if (s.missing.length > 0) notes.push({ fr: `« ${name} » : ${s.missing.length} critère(s) non renseigné(s) comptés « À évaluer ».`, en: `"${name}": ${s.missing.length} criterion/criteria not given, counted as "To be assessed".` });
    lines.push(...evals.map((e) => e.line));
    vw = vw.plus(ex(s.validatedWeight)); aw = aw.plus(ex(s.applicableWeight));
    for (const [n, t] of Object.entries(s.byThematic)) {
      const cur = thematic.get(Number(n)) ?? { v: new Exact(0), a: new Exact(0) };
      thematic.set(Number(n), { v: cur.v.plus(ex(t.validatedWeight)), a: cur.a.plus(ex(t.applicableWeight)) });
    }
    if (s.score === undefined) continue;
    sumScores = sumScores.plus(ex(s.score)); count++;
    perService[name] = { value: s.score, numerator: s.validatedWeight, denominator: s.applicableWeight };
  }
  if (count === 0) {
    skip(ctx, codes, "DENOMINATEUR_NUL", { fr: "Aucun service évalué avec un critère applicable.", en: "No assessed service with an applicable criterion." });
    return;
  }
  const rec = [used("rgesn", lines)];
  put(ctx, "score-rgesn-moyen", { component: ratio(sumScores, new Exact(count)) as IndicatorComponent, breakdown: perService, records: rec, formula: { fr: `Σ scores / services = ${fmt(sumScores)} / ${count}`, en: `Σ scores / services = ${fmt(sumScores)} / ${count}` }, notes });
  const th: Record<string, IndicatorComponent> = {};
  for (const [n, t] of [...thematic].sort(([a], [b]) => a - b)) { const c = ratio(t.v, t.a, 100); if (c !== undefined) th[String(n)] = c; }
  put(ctx, "score-rgesn-thematique", { component: ratio(vw, aw, 100) as IndicatorComponent, breakdown: th, records: rec, formula: formula(vw, aw, 100), notes });
}

function rgaaIndicators(ctx: Ctx, rows: IndicatorData["rgaa"], validityYears: number): void {
  const codes = ["taux-conformite-rgaa", "part-services-accessibles"];
  const end = `${ctx.year}-12-31`;
  const until = rows?.filter((r) => r.date <= end);
  if (until === undefined || until.length === 0) {
    noData(ctx, codes, "rgaa", `Aucun audit RGAA jusqu'en ${ctx.year}.`, `No RGAA audit up to ${ctx.year}.`);
    return;
  }
  const validFrom = `${ctx.year - validityYears}-12-31`;
  const latest = latestBy(until, (r) => `${r.entity ?? DEFAULT_ENTITY}\u0000${r.service}`);
  let c = new Exact(0), a = new Exact(0);
  const perService: Record<string, IndicatorComponent> = {};
  const states = { totale: 0, partielle: 0, "non-conforme": 0 };
  const lines: (number | undefined)[] = [];
  const notes: Message[] = [];
  for (const [key, [audit]] of latest) {
    if (audit === undefined) continue;
    const name = key.split("\u0000")[1] ?? key;
    lines.push(audit.line);
    const applicable = audit.compliant + audit.nonCompliant;
    if (audit.date <= validFrom || applicable === 0) {
      states["non-conforme"]++;
      notes.push(applicable === 0
        ? { fr: `« ${name} » : aucun critère applicable, compté non conforme.`, en: `"${name}": no applicable criterion, counted as non-compliant.` }
        : { fr: `« ${name} » : dernier audit (${audit.date}) de plus de ${validityYears} ans, compté non conforme et hors taux.`, en: `"${name}": latest audit (${audit.date}) older than ${validityYears} years, counted as non-compliant and left out of the rate.` });
      continue;
    }
    c = c.plus(audit.compliant); a = a.plus(applicable);
    const comp = ratio(new Exact(audit.compliant), new Exact(applicable), 100) as IndicatorComponent;
    perService[name] = comp;
    states[rgaaState(comp.value)]++;
  }
  const rec = [used("rgaa", lines)];
  const rate = ratio(c, a, 100);
  if (rate === undefined) skip(ctx, ["taux-conformite-rgaa"], "DENOMINATEUR_NUL", { fr: "Aucun audit RGAA valide avec des critères applicables.", en: "No valid RGAA audit with applicable criteria." });
  else put(ctx, "taux-conformite-rgaa", { component: rate, breakdown: perService, records: rec, formula: formula(c, a, 100), notes, quality: "MESUREE" });
  const n = states.totale + states.partielle + states["non-conforme"];
  const ok = states.totale + states.partielle;
  put(ctx, "part-services-accessibles", {
    component: ratio(new Exact(ok), new Exact(n), 100) as IndicatorComponent,
    breakdown: Object.fromEntries(Object.entries(states).map(([k, v]) => [k, { value: new Decimal(v) }])),
    records: rec, formula: formula(new Exact(ok), new Exact(n), 100), notes,
  });
}

function ecoIndexIndicators(ctx: Ctx, rows: IndicatorData["ecoindex"]): void {
  const year = rows?.filter((r) => datedInYear(r.date, ctx.year));
  if (year === undefined || year.length === 0) {
    noData(ctx, ["ecoindex-moyen"], "ecoindex", `Aucune mesure EcoIndex en ${ctx.year}.`, `No EcoIndex measurement in ${ctx.year}.`);
    return;
  }
  const latest = latestBy(year, (r) => `${r.entity ?? DEFAULT_ENTITY}\u0000${r.url}`);
  let sum = new Exact(0), n = 0, computed = 0;
  const grades: Record<string, number> = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, G: 0 };
  const lines: (number | undefined)[] = [];
  for (const [, list] of latest) {
    const m = list[list.length - 1];
    if (m === undefined) continue;
    let score = m.score;
    if (score === undefined) {
      score = ecoIndex({ dom: m.dom as Decimal, requests: m.requests as Decimal, sizeKb: m.sizeKb as Decimal }).score;
      computed++;
    }
    sum = sum.plus(ex(score)); n++;
    const g = ecoIndexGrade(score);
    grades[g] = (grades[g] ?? 0) + 1;
    lines.push(m.line);
  }
  const notes: Message[] = computed > 0 ? [{ fr: `${computed} score(s) calculé(s) par @nrs/footprint à partir du DOM, des requêtes et du poids.`, en: `${computed} score(s) computed by @nrs/footprint from DOM, requests and size.` }] : [];
  put(ctx, "ecoindex-moyen", {
    component: ratio(sum, new Exact(n)) as IndicatorComponent,
    breakdown: Object.fromEntries(Object.entries(grades).map(([k, v]) => [k, { value: new Decimal(v) }])),
    records: [used("ecoindex", lines)], formula: { fr: `Σ scores / pages = ${fmt(sum)} / ${n}`, en: `Σ scores / pages = ${fmt(sum)} / ${n}` }, notes, quality: "MESUREE",
  });
}

function eventIndicators(ctx: Ctx, data: IndicatorData, rows: IndicatorData["events"], registerHasYear: boolean): void {
  const codes = ["agents-formes", "part-agents-formes", "elus-sensibilises", "ateliers-realises", "personnes-sensibilisees", "campagnes-citoyens"];
  const year = rows?.filter((r) => datedInYear(r.date, ctx.year));
  if (year === undefined || !registerHasYear) {
    noData(ctx, codes, "events", `Aucun événement enregistré en ${ctx.year} (evenements.csv).`, `No event recorded in ${ctx.year} (evenements.csv).`);
    return;
  }
  const of = (a: string) => year.filter((e) => e.audience === a);
  const sumOf = (l: typeof year) => l.reduce((s, e) => s + e.participants, 0);
  const q = (l: typeof year): DataQuality => (l.some((e) => e.estimated) ? "ESTIMEE" : "MESUREE");
  const note = (l: typeof year): Message[] => { const k = l.filter((e) => e.estimated).length; return k === 0 ? [] : [{ fr: `${k} effectif(s) estimé(s).`, en: `${k} head count(s) estimated.` }]; };
  const agents = of("AGENTS"), elus = of("ELUS"), hab = of("HABITANTS");
  const a = sumOf(agents);
  const count = (code: string, l: typeof year, n: number, what: Message) => put(ctx, code, {
    component: { value: new Decimal(n) }, records: [used("evenements", l.map((e) => e.line))], formula: what, quality: q(l), notes: note(l),
  });
  count("agents-formes", agents, a, { fr: `Σ participants agents = ${a}`, en: `Σ employee participants = ${a}` });
  const base = perAgentBase(ctx, data, ["part-agents-formes"]);
  if (base !== undefined) put(ctx, "part-agents-formes", { component: ratio(new Exact(a), base, 100) as IndicatorComponent, records: [used("evenements", agents.map((e) => e.line))], formula: formula(new Exact(a), base, 100), quality: q(agents), notes: note(agents) });
  const e = sumOf(elus);
  count("elus-sensibilises", elus, e, { fr: `Σ participants élus = ${e}`, en: `Σ elected-official participants = ${e}` });
  const ws = [...agents, ...elus];
  put(ctx, "ateliers-realises", { component: { value: new Decimal(ws.length) }, records: [used("evenements", ws.map((x) => x.line))], formula: { fr: `Nombre d'événements agents et élus = ${ws.length}`, en: `Number of staff and elected-official events = ${ws.length}` }, quality: "MESUREE" });
  const h = sumOf(hab);
  count("personnes-sensibilisees", hab, h, { fr: `Σ participants habitants = ${h}`, en: `Σ resident participants = ${h}` });
  put(ctx, "campagnes-citoyens", { component: { value: new Decimal(hab.length) }, records: [used("evenements", hab.map((x) => x.line))], formula: { fr: `Nombre d'événements habitants = ${hab.length}`, en: `Number of resident events = ${hab.length}` }, quality: "MESUREE" });
}

function openDataIndicators(ctx: Ctx, rows: IndicatorData["openData"]): void {
  const code = "part-donnees-schema";
  if (rows === undefined) {
    noData(ctx, [code], "openData", "Pas de catalogue open data (opendata.csv).", "No open-data catalogue (opendata.csv).");
    return;
  }
  const end = `${ctx.year}-12-31`;
  const published = rows.filter((r) => r.published && (r.publicationDate === undefined || r.publicationDate <= end));
  const withSchema = published.filter((r) => r.schema !== undefined && r.schema !== "");
  const c = ratio(new Exact(withSchema.length), new Exact(published.length), 100);
  if (c === undefined) {
    skip(ctx, [code], "DENOMINATEUR_NUL", { fr: `Aucun jeu de données publié au ${end}.`, en: `No dataset published on ${end}.` });
    return;
  }
  put(ctx, code, { component: c, records: [used("opendata", published.map((r) => r.line))], formula: formula(new Exact(withSchema.length), new Exact(published.length), 100), quality: "MESUREE" });
}
