import type { Decimal } from "decimal.js";
import { ex, Exact, NrsError, out, toDecimal, type DecimalInput, type ExactValue, type Message, type Problem } from "@nrs/core";
import { dayNumber, daysInMonth } from "./calendar-day.js";
import { DEVICE_TYPES } from "./devices/device-types.js";
import { defaultFactorPack } from "./default-factor-pack.js";
import type { DeviceFootprintInput, DeviceFootprintOptions, DeviceFootprintResult } from "./device-footprint.js";
import { findFactor, listFactors, lookupFactor, traceFactor, type FactorPack, type FactorQuery, type FactorRow } from "./factor-pack.js";
import { CRITERION_UNITS, type Criterion, type ImpactCell, type ImpactTable, type Stage } from "./impact.js";
import type { Trace, TracedFactor, TracedValue, ValueOrigin } from "./trace.js";

// Internals of the device and hosting calculators (not part of the public API): validation, exposure
// and allocation, and the exact accumulation of a result with its trace.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface ParsedUse {
  readonly kwhPerYear?: Decimal;
  readonly per?: "device" | "group";
  readonly hoursPerDay?: Decimal;
  readonly powerW?: Decimal;
}

/**
 * A device input that has been checked: what `computeDeviceFootprint` reads from its input, or what the
 * inventory builds from lines it has already validated. @internal
 */
export interface ParsedInput {
  readonly type: string;
  readonly quantity?: Decimal;
  readonly lifetimeYears?: Decimal;
  readonly use?: ParsedUse;
  readonly location?: string;
  readonly origin?: "neuf" | "reemploi" | "reconditionne";
  readonly acquisitionDate?: string;
  readonly retirementDate?: string;
  readonly year?: number;
  readonly deviceDays?: { readonly service: Decimal; readonly amortized: Decimal };
}

const INPUT_KEYS = new Set(["type", "quantity", "lifetimeYears", "use", "location", "origin", "acquisitionDate", "retirementDate", "year", "deviceDays"]);
const MEASURED_KEYS = new Set(["kwhPerYear", "per"]);
const ESTIMATED_KEYS = new Set(["hoursPerDay", "powerW"]);
const ORIGINS = new Set(["neuf", "reemploi", "reconditionne"]);
const ZONE = /^[A-Za-z0-9_-]+$/;

/**
 * Reads a number that must not be negative (or must be positive), pushing a coded problem otherwise.
 * Hand-written rather than zod so that the device calculator, which every inventory import pulls in,
 * does not bring zod into a browser bundle. @internal
 */
export function readDecimal(value: unknown, path: (string | number)[], problems: Problem[], min: "nonnegative" | "positive"): Decimal | undefined {
  if (value === undefined) {
    problems.push(problem("NRS_REQUIRED", path, "Valeur obligatoire manquante.", "Required value is missing."));
    return undefined;
  }
  let d: Decimal;
  try {
    d = toDecimal(value as DecimalInput, path);
  } catch (e) {
    if (e instanceof NrsError) {
      problems.push(...e.problems);
      return undefined;
    }
    throw e;
  }
  if (min === "positive" && !d.gt(0)) {
    problems.push(problem("NRS_NOT_POSITIVE", path, "La valeur doit être strictement positive.", "Value must be greater than zero."));
    return undefined;
  }
  if (d.isNegative() && !d.isZero()) {
    problems.push(problem("NRS_NEGATIVE", path, "La valeur ne peut pas être négative.", "Value must not be negative."));
    return undefined;
  }
  return d;
}

/** A reporting year: a whole number from 1900 to 2200. @internal */
export function readYear(year: unknown, path: (string | number)[], problems: Problem[]): number | undefined {
  if (typeof year !== "number" || !Number.isFinite(year)) problems.push(problem("NRS_INVALID_TYPE", path, "Année attendue (nombre entier).", "A year (whole number) is expected."));
  else if (!Number.isInteger(year)) problems.push(problem("NRS_NOT_INTEGER", path, "L'année doit être un nombre entier.", "The year must be a whole number."));
  else if (year < 1900) problems.push(problem("NRS_TOO_SMALL", path, "Année antérieure à 1900.", "Year before 1900."));
  else if (year > 2200) problems.push(problem("NRS_TOO_BIG", path, "Année postérieure à 2200.", "Year after 2200."));
  else return year;
  return undefined;
}

/** A grid zone: letters, digits, `_` or `-` (it becomes part of a pack item, `electricite_<zone>`). @internal */
export function readZone(zone: unknown, path: (string | number)[], problems: Problem[]): string | undefined {
  if (typeof zone === "string" && ZONE.test(zone)) return zone;
  problems.push(problem("NRS_INVALID_FORMAT", path, "Zone du réseau électrique invalide (lettres, chiffres, _ ou -).", "Invalid grid zone (letters, digits, _ or -)."));
  return undefined;
}

/** Refuses keys an input does not know, so that a misspelt field is an error rather than ignored. @internal */
export function unknownKeys(obj: object, allowed: ReadonlySet<string>, path: (string | number)[], problems: Problem[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.has(k)) {
      problems.push(problem("NRS_UNKNOWN_KEY", path, `Clé inconnue : « ${k} ».`, `Unknown key: "${k}".`));
    }
  }
}

/** @internal */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function readUse(raw: unknown, problems: Problem[]): ParsedUse | undefined {
  if (!isObject(raw)) {
    problems.push(problem("NRS_INVALID_TYPE", ["use"], "« use » doit être un objet.", '"use" must be an object.'));
    return undefined;
  }
  const before = problems.length;
  const out: { -readonly [K in keyof ParsedUse]?: ParsedUse[K] } = {};
  if ("kwhPerYear" in raw) {
    // A measured consumption excludes the estimate's keys: a mixed object is refused, not half read.
    unknownKeys(raw, MEASURED_KEYS, ["use"], problems);
    const k = readDecimal(raw["kwhPerYear"], ["use", "kwhPerYear"], problems, "nonnegative");
    if (k !== undefined) out.kwhPerYear = k;
    const per = raw["per"];
    if (per !== undefined) {
      if (per === "device" || per === "group") out.per = per;
      else problems.push(problem("NRS_INVALID_VALUE", ["use", "per"], "« per » vaut « device » ou « group ».", '"per" is "device" or "group".'));
    }
  } else {
    unknownKeys(raw, ESTIMATED_KEYS, ["use"], problems);
    if (raw["hoursPerDay"] !== undefined) {
      const h = readDecimal(raw["hoursPerDay"], ["use", "hoursPerDay"], problems, "nonnegative");
      if (h !== undefined && h.gt(24)) problems.push(problem("NRS_TOO_BIG", ["use", "hoursPerDay"], "Plus de 24 heures d'utilisation par jour.", "More than 24 hours of use per day."));
      else if (h !== undefined) out.hoursPerDay = h;
    }
    if (raw["powerW"] !== undefined) {
      const w = readDecimal(raw["powerW"], ["use", "powerW"], problems, "nonnegative");
      if (w !== undefined) out.powerW = w;
    }
  }
  return problems.length > before ? undefined : (out as ParsedUse);
}

/** @internal */
export function problem(code: string, path: (string | number)[], fr: string, en: string): Problem {
  return { code, severity: "error", path, message: { fr, en } };
}

function parseDate(text: string, path: string, problems: Problem[]): number | undefined {
  const m = DATE.exec(text);
  const y = m ? Number(m[1]) : 0;
  const mo = m ? Number(m[2]) : 0;
  const d = m ? Number(m[3]) : 0;
  if (!m || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    problems.push(problem("NRS_INVALID_DATE", [path], `Date invalide : « ${text} » (format attendu AAAA-MM-JJ).`, `Invalid date: "${text}" (expected YYYY-MM-DD).`));
    return undefined;
  }
  return dayNumber(y, mo, d);
}

/**
 * Length in days of the amortisation period starting on `acquisition`: whole years added to the civil
 * date (29 February → 28 February), plus the fraction of a year as days of 365.25 (not rounded).
 */
function amortisationLength(acquisition: string, lifetime: Decimal): ExactValue {
  const [y0, mo, d0] = ymd(acquisition);
  const whole = lifetime.floor();
  const y = y0 + whole.toNumber();
  const d = Math.min(d0, daysInMonth(y, mo));
  return ex(dayNumber(y, mo, d) - dayNumber(y0, mo, d0)).plus(ex(lifetime.minus(whole)).times("365.25"));
}

function validate(input: DeviceFootprintInput): ParsedInput {
  const problems: Problem[] = [];
  if (!isObject(input)) throw new NrsError([problem("NRS_INVALID_TYPE", [], "L'entrée doit être un objet.", "The input must be an object.")]);
  const raw = input as unknown as Record<string, unknown>;
  unknownKeys(raw, INPUT_KEYS, [], problems);
  const v: { -readonly [K in keyof ParsedInput]?: ParsedInput[K] } = {};
  if (typeof raw["type"] !== "string") problems.push(problem(raw["type"] === undefined ? "NRS_REQUIRED" : "NRS_INVALID_TYPE", ["type"], "Type d'équipement attendu (texte).", "A device type (text) is expected."));
  else if (raw["type"].length === 0) problems.push(problem("NRS_TOO_SHORT", ["type"], "Le type d'équipement est vide.", "The device type is empty."));
  else v.type = raw["type"];
  if (raw["quantity"] !== undefined) {
    const q = readDecimal(raw["quantity"], ["quantity"], problems, "nonnegative");
    if (q !== undefined) v.quantity = q;
  }
  if (raw["lifetimeYears"] !== undefined) {
    const l = readDecimal(raw["lifetimeYears"], ["lifetimeYears"], problems, "positive");
    if (l !== undefined) v.lifetimeYears = l;
  }
  if (raw["use"] !== undefined) {
    const u = readUse(raw["use"], problems);
    if (u !== undefined) v.use = u;
  }
  const location = raw["location"];
  if (location !== undefined) {
    const z = readZone(location, ["location"], problems);
    if (z !== undefined) v.location = z;
  }
  const origin = raw["origin"];
  if (origin !== undefined) {
    if (typeof origin === "string" && ORIGINS.has(origin)) v.origin = origin as ParsedInput["origin"] & string;
    else problems.push(problem("NRS_INVALID_VALUE", ["origin"], "Origine attendue : neuf, reemploi ou reconditionne.", "Expected origin: neuf, reemploi or reconditionne."));
  }
  const year = raw["year"];
  if (year !== undefined) {
    const y = readYear(year, ["year"], problems);
    if (y !== undefined) v.year = y;
  }
  for (const key of ["acquisitionDate", "retirementDate"] as const) {
    const d = raw[key];
    if (d === undefined) continue;
    if (typeof d === "string") v[key] = d;
    else problems.push(problem("NRS_INVALID_TYPE", [key], "Date attendue (texte AAAA-MM-JJ).", "A date (text YYYY-MM-DD) is expected."));
  }
  const dd = raw["deviceDays"];
  if (dd !== undefined) {
    if (!isObject(dd)) problems.push(problem("NRS_INVALID_TYPE", ["deviceDays"], "« deviceDays » doit être un objet.", '"deviceDays" must be an object.'));
    else {
      unknownKeys(dd, new Set(["service", "amortized"]), ["deviceDays"], problems);
      const service = readDecimal(dd["service"], ["deviceDays", "service"], problems, "nonnegative");
      const amortized = readDecimal(dd["amortized"], ["deviceDays", "amortized"], problems, "nonnegative");
      if (service !== undefined && amortized !== undefined) {
        if (amortized.gt(service)) problems.push(problem("NRS_BAD_RANGE", ["deviceDays", "amortized"], "Les jours amortis dépassent les jours en service.", "Amortised days exceed days in service."));
        else v.deviceDays = { service, amortized };
      }
      if (year === undefined) problems.push(problem("NRS_REQUIRED", ["year"], "L'année est requise avec deviceDays.", "The year is required with deviceDays."));
      if (raw["acquisitionDate"] !== undefined || raw["retirementDate"] !== undefined) {
        problems.push(problem("NRS_CONFLICT", ["deviceDays"], "Donner soit deviceDays, soit des dates, pas les deux.", "Give either deviceDays or dates, not both."));
      }
    }
  }
  const a = v.acquisitionDate !== undefined ? parseDate(v.acquisitionDate, "acquisitionDate", problems) : undefined;
  const b = v.retirementDate !== undefined ? parseDate(v.retirementDate, "retirementDate", problems) : undefined;
  if (a !== undefined && b !== undefined && b < a) {
    problems.push(problem("NRS_DATE_ORDER", ["retirementDate"], `La date de sortie (${v.retirementDate}) précède la date d'acquisition (${v.acquisitionDate}).`, `The retirement date (${v.retirementDate}) is before the acquisition date (${v.acquisitionDate}).`));
  }
  if ((v.acquisitionDate !== undefined || v.retirementDate !== undefined) && year === undefined) {
    problems.push(problem("NRS_REQUIRED", ["year"], "L'année de l'exercice est requise avec des dates.", "The reporting year is required with dates."));
  }
  if (problems.length > 0) throw new NrsError(problems);
  return v as ParsedInput;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Accumulates cells of one result and its trace. @internal */
export class ResultBuilder {
  private readonly cells = new Map<string, { c: Criterion; s: Stage; v: ExactValue; lo: ExactValue; hi: ExactValue }>();
  readonly factors: TracedFactor[] = [];
  readonly values: TracedValue[] = [];
  readonly notes: Message[] = [];
  private readonly factorIds = new Set<string>();

  constructor(private readonly subject: string) {}

  /** Adds `k ×` a factor row (value, min, max) to a cell, in the criterion's unit. */
  addFactor(criterion: Criterion, stage: Stage, row: FactorRow, k: ExactValue, scale: ExactValue = new Exact(1)): void {
    this.useFactor(row);
    const m = k.times(scale);
    this.add(criterion, stage, ex(row.value).times(m), ex(row.min ?? row.value).times(m), ex(row.max ?? row.value).times(m));
  }

  add(criterion: Criterion, stage: Stage, v: ExactValue, lo: ExactValue, hi: ExactValue): void {
    const key = `${criterion}/${stage}`;
    const prev = this.cells.get(key);
    if (prev === undefined) this.cells.set(key, { c: criterion, s: stage, v, lo, hi });
    else this.cells.set(key, { c: criterion, s: stage, v: prev.v.plus(v), lo: prev.lo.plus(lo), hi: prev.hi.plus(hi) });
  }

  useFactor(row: FactorRow): void {
    const k = `${row.pack}\u0000${row.packVersion}\u0000${row.id}`;
    if (this.factorIds.has(k)) return;
    this.factorIds.add(k);
    this.factors.push(traceFactor(row));
  }

  value(name: string, value: string, origin: ValueOrigin, extra: { unit?: string; reason?: Message; factorId?: string } = {}): void {
    const v: { -readonly [K in keyof TracedValue]?: TracedValue[K] } = { name, value, origin, subject: this.subject };
    if (extra.unit !== undefined) v.unit = extra.unit;
    if (extra.reason !== undefined) v.reason = extra.reason;
    if (extra.factorId !== undefined) v.factorId = extra.factorId;
    this.values.push(v as TracedValue);
  }

  note(fr: string, en: string): void {
    this.notes.push({ fr, en });
  }

  impacts(): ImpactTable {
    const t: { [C in Criterion]?: { [S in Stage]?: ImpactCell } } = {};
    for (const { c, s, v, lo, hi } of this.cells.values()) {
      const row = (t[c] ??= {});
      row[s] = { value: round(v), min: round(lo), max: round(hi), unit: CRITERION_UNITS[c] };
    }
    return t as ImpactTable;
  }

  trace(): Trace {
    return { factors: this.factors, values: this.values, notes: this.notes };
  }
}

/**
 * Results that went through a true division (a share of a year, of a lifetime) are given to 34
 * significant digits (the precision of IEEE decimal128), rounded half-even; sums, products and
 * conversions before that point are exact. Rounding is monotone, so min ≤ value ≤ max still holds.
 */
function round(x: ExactValue): Decimal {
  return out(x.toSignificantDigits(34, Exact.ROUND_HALF_EVEN));
}

const EMBODIED: readonly Stage[] = ["manufacturing", "distribution", "endOfLife"];
const DAYS_PER_YEAR = 365;

/** What hosting adds to the device computation: a facility overhead (PUE) and a default duty cycle. @internal */
export interface EquipmentContext {
  readonly pue?: { readonly value: Decimal; readonly row?: FactorRow };
  readonly defaultHoursPerDay?: Decimal;
  readonly subject?: string;
}

/** The device computation, with hosting's extras. @internal */
export function computeEquipment(input: DeviceFootprintInput, options: DeviceFootprintOptions, ctx: EquipmentContext): DeviceFootprintResult {
  return computeParsedEquipment(validate(input), options, ctx);
}

/**
 * The device computation of an input already checked. The inventory calls it with the groups it built
 * from validated lines, so that a browser bundle computing inventories does not carry the validation
 * of hand-written device inputs. @internal
 */
export function computeParsedEquipment(v: ParsedInput, options: DeviceFootprintOptions, ctx: EquipmentContext): DeviceFootprintResult {
  const pack = options.pack ?? defaultFactorPack;
  const type = v.type;
  const b = new ResultBuilder(ctx.subject ?? type);

  const fab = findFactor(pack, { item: type, criterion: "gwp", stage: "manufacturing" });
  if (fab === undefined) {
    throw new NrsError([
      problem(
        "NRS_UNKNOWN_DEVICE_TYPE",
        ["type"],
        `Le jeu de facteurs ${pack.id}@${pack.version} n'a aucun facteur de fabrication pour le type « ${type} » : il n'est pas calculé. ` +
          "Apportez vos facteurs (fabrication, durée de vie, puissance, heures d'usage) dans votre propre jeu, posé sur celui par défaut " +
          "avec overrideFactors ou mergeFactorPacks (option pack), ou listé dans « facteurs » de nrs.json (docs/guides/own-factor-pack.md).",
        `Factor pack ${pack.id}@${pack.version} has no manufacturing factor for device type "${type}": it is not computed. ` +
          "Bring your own factors (manufacturing, lifetime, power, hours of use) in a pack of your own, laid over the default one " +
          'with overrideFactors or mergeFactorPacks (the pack option), or listed under "facteurs" in nrs.json (docs/guides/own-factor-pack.md).',
      ),
    ]);
  }

  // Lifetime
  let lifetime: Decimal;
  if (v.lifetimeYears !== undefined) {
    lifetime = v.lifetimeYears;
    b.value("lifetimeYears", lifetime.toFixed(), "input", { unit: "year" });
  } else {
    const row = lookupFactor(pack, { item: type, criterion: "lifetime" });
    lifetime = row.value;
    b.useFactor(row);
    b.value("lifetimeYears", lifetime.toFixed(), "default", {
      unit: "year",
      factorId: row.id,
      reason: { fr: "Durée de vie par défaut du type dans le jeu de facteurs.", en: "Default lifetime of the type in the factor pack." },
    });
  }

  // Exposure: device-years in service, and within the amortisation period.
  let service: ExactValue;
  let amortized: ExactValue;
  // Share of one device's embodied impact charged to the period, summed over the devices.
  let charged: ExactValue;
  const quantity = v.quantity ?? ex(1);
  if (v.deviceDays !== undefined) {
    const days = isLeap(v.year!) ? 366 : 365;
    service = ex(v.deviceDays.service).div(days);
    amortized = ex(v.deviceDays.amortized).div(days);
    // A whole year within the period charges 1/lifetime, as for a device without an acquisition date.
    charged = ex(v.deviceDays.amortized).div(ex(lifetime).times(days));
    b.value("deviceDays.service", v.deviceDays.service.toFixed(), "input", { unit: "device-day" });
    b.value("deviceDays.amortized", v.deviceDays.amortized.toFixed(), "input", { unit: "device-day" });
  } else {
    const q = ex(quantity);
    b.value("quantity", q.toFixed(), v.quantity === undefined ? "default" : "input", v.quantity === undefined ? { reason: { fr: "Un équipement par défaut.", en: "One device by default." } } : {});
    if (v.year === undefined) {
      service = q;
      amortized = q;
      charged = q.div(ex(lifetime));
      b.note("Sans année d'exercice : une année complète de service, dans la période d'amortissement.", "No reporting year: one full year of service, within the amortisation period.");
    } else {
      const y = v.year;
      const start = dayNumber(y, 1, 1);
      const end = dayNumber(y + 1, 1, 1);
      const days = end - start;
      const acq = v.acquisitionDate !== undefined ? dayNumber(...ymd(v.acquisitionDate)) : undefined;
      const ret = v.retirementDate !== undefined ? dayNumber(...ymd(v.retirementDate)) : undefined;
      const inFrom = Math.max(start, acq ?? start);
      const inTo = Math.min(end, ret ?? end);
      const serviceDays = Math.max(0, inTo - inFrom);
      let amortDays: ExactValue = ex(serviceDays);
      if (acq !== undefined) {
        // The exact window length is the denominator, so a device's yearly shares add up to its whole
        // embodied impact and a longer lifetime never charges a year more.
        const length = amortisationLength(v.acquisitionDate!, lifetime);
        const windowEnd = ex(acq).plus(length);
        const to = windowEnd.lt(inTo) ? windowEnd : ex(inTo);
        amortDays = Exact.max(0, to.minus(inFrom));
        charged = q.times(amortDays).div(length);
        if (options.writeOffAtRetirement === true && ret !== undefined && ret >= start && ret < end && windowEnd.gt(ret)) {
          const rest = windowEnd.minus(Math.max(ret, acq));
          charged = charged.plus(q.times(rest).div(length));
          b.value("writeOffDays", round(rest).toFixed(), "input", {
            unit: "day",
            reason: {
              fr: "Sortie avant la fin de l'amortissement : le reste est imputé à l'année de sortie.",
              en: "Retired before the end of amortisation: the remainder is charged to the year of retirement.",
            },
          });
        }
      } else {
        charged = q.times(serviceDays).div(ex(days).times(ex(lifetime)));
        b.value("acquisitionDate", "", "default", {
          reason: {
            fr: "Date d'acquisition inconnue : équipement supposé dans sa période d'amortissement toute l'année.",
            en: "Unknown acquisition date: device assumed within its amortisation period all year.",
          },
        });
      }
      if (v.acquisitionDate !== undefined) b.value("acquisitionDate", v.acquisitionDate, "input");
      if (v.retirementDate !== undefined) b.value("retirementDate", v.retirementDate, "input");
      b.value("serviceDays", String(serviceDays), "default", { unit: "day", reason: { fr: `Jours en service en ${y} sur ${days}.`, en: `Days in service in ${y} out of ${days}.` } });
      b.value("amortizedDays", round(amortDays).toFixed(), "default", { unit: "day", reason: { fr: `Jours en service et dans la période d'amortissement en ${y}.`, en: `Days in service and within the amortisation period in ${y}.` } });
      service = q.times(serviceDays).div(days);
      amortized = q.times(amortDays).div(days);
    }
  }

  // Embodied
  const origin = v.origin ?? "neuf";
  b.value("origin", origin, v.origin === undefined ? "default" : "input", v.origin === undefined ? { reason: { fr: "Équipement neuf par défaut.", en: "New device by default." } } : {});
  let fabShare = new Exact(1);
  if (origin !== "neuf") {
    const share = options.secondLifeManufacturingShare;
    const shareProblems: Problem[] = [];
    const parsed = share === undefined ? new Exact(0) : readDecimal(share, ["secondLifeManufacturingShare"], shareProblems, "nonnegative");
    if (parsed === undefined) throw new NrsError(shareProblems);
    fabShare = ex(parsed);
    if (fabShare.gt(1)) {
      throw new NrsError([problem("NRS_TOO_BIG", ["secondLifeManufacturingShare"], "La part de fabrication d'une seconde vie ne peut dépasser 1.", "The second-life manufacturing share cannot exceed 1.")]);
    }
    b.value("secondLifeManufacturingShare", fabShare.toFixed(), share === undefined ? "default" : "input", {
      reason: {
        fr: "Seconde vie : la fabrication a été imputée à la première vie (règle de coupure) ; distribution et fin de vie comptées en entier.",
        en: "Second life: manufacturing was charged to the first life (cut-off rule); distribution and end of life counted in full.",
      },
    });
    if (origin === "reconditionne") {
      b.note("L'impact du reconditionnement n'est pas dans le jeu de facteurs : il est absent du résultat.", "The impact of refurbishing is not in the factor pack: it is absent from the result.");
    }
  }
  const perYear = charged;
  for (const stage of EMBODIED) {
    const row = stage === "manufacturing" ? fab : findFactor(pack, { item: type, criterion: "gwp", stage });
    if (row === undefined) {
      b.note(`Pas de facteur ${stage} pour ${type} : étape absente.`, `No ${stage} factor for ${type}: stage absent.`);
      continue;
    }
    b.addFactor("gwp", stage, row, perYear, stage === "manufacturing" ? fabShare : new Exact(1));
  }
  // Other criteria, where the pack has them (never zero-filled).
  for (const c of ["adpe", "adpf", "water", "pe"] as const) {
    for (const stage of EMBODIED) {
      const row = findFactor(pack, { item: type, criterion: c, stage });
      if (row !== undefined) b.addFactor(c, stage, row, perYear, stage === "manufacturing" ? fabShare : new Exact(1));
    }
  }

  // Use
  let kwh: ExactValue;
  const use = v.use;
  if (hasNoUseFactors(pack, type, use)) {
    // The registry says the sources give this type no use-phase power: the stage is absent, not zero.
    b.note(
      `Aucune puissance d'usage publiée pour ${type} : l'étape d'utilisation est absente (donnez la consommation mesurée en kWh pour la compter).`,
      `No published use-phase power for ${type}: the use stage is absent (give the measured consumption in kWh to count it).`,
    );
    return { impacts: b.impacts(), trace: b.trace(), details: { lifetimeYears: lifetime, serviceDeviceYears: round(service), amortizedDeviceYears: round(amortized), kwh: round(ex(0)), manufacturingShare: round(fabShare) } };
  }
  if (use !== undefined && "kwhPerYear" in use) {
    const per = use.per ?? "device";
    kwh = per === "group" ? ex(use.kwhPerYear) : ex(use.kwhPerYear).times(service);
    b.value("use.kwhPerYear", use.kwhPerYear.toFixed(), "input", { unit: per === "group" ? "kWh (group, year)" : "kWh/year per device" });
  } else {
    const power = pickParam(b, pack, type, "power", use?.powerW, "use.powerW", "W");
    let hours: Decimal;
    if (use?.hoursPerDay === undefined && ctx.defaultHoursPerDay !== undefined && findFactor(pack, { item: type, criterion: "hoursPerDay" }) === undefined) {
      hours = ctx.defaultHoursPerDay;
      b.value("use.hoursPerDay", hours.toFixed(), "default", {
        unit: "h/day",
        reason: { fr: "Équipement de centre de données : en service 24 h sur 24.", en: "Data-centre equipment: running 24 hours a day." },
      });
    } else {
      hours = pickParam(b, pack, type, "hoursPerDay", use?.hoursPerDay, "use.hoursPerDay", "h/day");
    }
    kwh = ex(power).times(ex(hours)).times(DAYS_PER_YEAR).div(1000).times(service);
  }
  if (ctx.pue !== undefined) {
    // The IT equipment's electricity plus the facility's overhead (cooling, power distribution).
    if (ctx.pue.row !== undefined) {
      b.useFactor(ctx.pue.row);
      b.value("pue", ctx.pue.value.toFixed(), "default", {
        factorId: ctx.pue.row.id,
        reason: { fr: "PUE moyen des centres de données du pays dans le jeu de facteurs.", en: "Country average data-centre PUE in the factor pack." },
      });
    } else {
      b.value("pue", ctx.pue.value.toFixed(), "input");
    }
    kwh = kwh.times(ex(ctx.pue.value));
  }
  const location = v.location ?? "FR";
  if (v.location === undefined) b.value("location", "FR", "default", { reason: { fr: "Réseau électrique français par défaut.", en: "French grid by default." } });
  else b.value("location", location, "input");
  b.add("energy", "use", kwh, kwh, kwh);
  const gridQuery = v.year === undefined
    ? { item: `electricite_${location}`, criterion: "gwp" as const, stage: "use" as const }
    : { item: `electricite_${location}`, criterion: "gwp" as const, stage: "use" as const, year: v.year };
  const grid = yearFactor(pack, gridQuery, b);
  b.addFactor("gwp", "use", grid, kwh);
  for (const c of ["adpe", "adpf", "water", "pe"] as const) {
    const row = findFactor(pack, v.year === undefined ? { item: grid.item, criterion: c, stage: "use" } : { item: grid.item, criterion: c, stage: "use", year: v.year });
    if (row !== undefined) b.addFactor(c, "use", row, kwh);
  }

  return {
    impacts: b.impacts(),
    trace: b.trace(),
    details: {
      lifetimeYears: lifetime,
      serviceDeviceYears: round(service),
      amortizedDeviceYears: round(amortized),
      kwh: round(kwh),
      manufacturingShare: round(fabShare),
    },
  };
}

/**
 * Whether a device's use stage cannot be computed and is left absent: no measured kWh and no power
 * given, no power row in the pack, and a registry entry that reads no `power` (its sources give none).
 */
function hasNoUseFactors(pack: FactorPack, type: string, use: ParsedUse | undefined): boolean {
  if (use !== undefined && ("kwhPerYear" in use || use.powerW !== undefined)) return false;
  if (findFactor(pack, { item: type, criterion: "power" }) !== undefined) return false;
  const entry = DEVICE_TYPES.find((t) => t.code === type);
  return entry !== undefined && !entry.factors.includes("power");
}

/**
 * The factor of a year: that year's, else the latest before it, else (a year older than the pack) the
 * earliest after it; a note says when the year differs. Throws `NRS_FACTOR_NOT_FOUND` when the pack
 * has no row at all. @internal
 */
export function yearFactor(pack: FactorPack, query: FactorQuery, b: ResultBuilder): FactorRow {
  let row = findFactor(pack, query);
  if (row === undefined && query.year !== undefined) {
    const { year: _y, ...anyYear } = query;
    const rows = listFactors(pack, anyYear.stage === undefined ? { item: anyYear.item, criterion: anyYear.criterion } : { item: anyYear.item, criterion: anyYear.criterion, stage: anyYear.stage });
    row = rows.filter((r) => anyYear.geography === undefined || r.geography === anyYear.geography).sort((x, y) => x.year - y.year)[0];
  }
  if (row === undefined) return lookupFactor(pack, query);
  if (query.year !== undefined && row.year !== query.year) {
    b.note(`Pas de facteur ${row.item} (${row.criterion}) pour ${query.year} : celui de ${row.year} est utilisé.`, `No ${row.item} (${row.criterion}) factor for ${query.year}: the ${row.year} one is used.`);
  }
  return row;
}

function ymd(text: string): [number, number, number] {
  const m = DATE.exec(text)!;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function pickParam(b: ResultBuilder, pack: FactorPack, type: string, criterion: "power" | "hoursPerDay", given: Decimal | undefined, name: string, unit: string): Decimal {
  if (given !== undefined) {
    b.value(name, given.toFixed(), "input", { unit });
    return given;
  }
  const row = lookupFactor(pack, { item: type, criterion });
  b.useFactor(row);
  b.value(name, row.value.toFixed(), "archetype", {
    unit,
    factorId: row.id,
    reason: { fr: "Configuration moyenne du type dans le jeu de facteurs (ADEME).", en: "Average configuration of the type in the factor pack (ADEME)." },
  });
  return row.value;
}
