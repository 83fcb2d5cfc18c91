import { Decimal } from "decimal.js";
import { definedProps, ex, Exact, out as out_, type ExactValue, type Problem } from "@nrs/core";
import { dayNumber } from "../calendar-day.js";
import { spanDays, wholeWindowDays, windowLength, type DaySpan } from "../devices/exposure.js";
import { lifetimeInfo, type LifetimeInfo } from "../devices/lifetime.js";
import type { GroupInventoryOptions, InventoryGroup, InventoryGroups } from "./inventory-group.js";
import type { LineRecord } from "./line-record.js";
import type { InventoryOrigin } from "./inventory-origins.js";

const SAFE = 2 ** 52;

/**
 * Exact integer sums kept as doubles in one packed array (no boxing, one cache line for a group's hot
 * counters), spilled into bigints before a double would stop being exact. @internal
 */
class Counters {
  readonly n: number[];
  private big: bigint[] | undefined;
  constructor(size: number) {
    this.n = new Array<number>(size).fill(0);
  }
  /** Adds x (a whole number ≥ 0) to slot i. */
  add(i: number, x: number): void {
    const v = (this.n[i] as number) + x;
    if (v < SAFE) this.n[i] = v;
    else {
      this.big ??= new Array<bigint>(this.n.length).fill(0n);
      this.big[i] = (this.big[i] as bigint) + BigInt(v);
      this.n[i] = 0;
    }
  }
  /** Appends a slot. */
  grow(): void {
    this.n.push(0);
    this.big?.push(0n);
  }
  value(i: number): Decimal {
    const b = this.big?.[i] ?? 0n;
    return b === 0n ? new Decimal(this.n[i] as number) : new Decimal((b + BigInt(this.n[i] as number)).toString());
  }
}

const SERVICE = 0;
const KWH_MICRO = 1;

interface Acc {
  readonly type: string;
  readonly entity: string;
  readonly origin: InventoryOrigin;
  readonly lifetime: Decimal | undefined;
  readonly location: string;
  readonly site: string;
  readonly measured: boolean;
  readonly firstLine: number;
  lines: number;
  quantity: number;
  quantityWithoutDate: number;
  /** Σ quantity × days in the estate, Σ measured kWh in millionths. */
  readonly sums: Counters;
  /** Window buckets: whole days of the window (or -1 for lines without date); a few per group, so a scan beats a Map. */
  readonly windowKeys: number[];
  /** Per bucket: Σ quantity × whole amortised days (slot 2k) and Σ quantity of lines that add the fraction days (slot 2k + 1). */
  readonly windows: Counters;
  kwhDecimal: Decimal | undefined;
}

/** Small integer ids for the values of one key component, so that a group key is one number. */
class Interner {
  private readonly ids = new Map<string, number>();
  constructor(private readonly limit: number) {}
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id < this.limit ? id : -1;
  }
}

/**
 * Aggregates inventory lines into {@link InventoryGroup}s for a reporting year, one line at a time.
 * @internal
 */
export class InventoryAccumulator {
  readonly problems: Problem[] = [];
  readonly reportingYear: number;
  readonly daysInYear: number;
  private readonly start: number;
  private readonly end: number;
  private readonly groups: (Map<number, Acc> | undefined)[] = [];
  private readonly overflow = new Map<string, Acc>();
  private readonly typeIds = new Interner(256);
  private readonly lifeIds = new Interner(1024);
  private readonly locationIds = new Interner(64);
  private readonly entityIds = new Interner(1 << 20);
  private readonly siteIds = new Interner(64);
  private readonly defaults = new Map<string, LifetimeInfo | null>();
  private readonly span: DaySpan = { service: 0, amortizedWhole: 0, withFraction: false };

  constructor(private readonly options: GroupInventoryOptions) {
    const y = options.reportingYear;
    if (!Number.isInteger(y) || y < 1980 || y > 2100) {
      throw new RangeError(`reportingYear must be a whole year between 1980 and 2100, got ${String(y)}`);
    }
    this.reportingYear = y;
    this.start = dayNumber(y, 1, 1);
    this.end = dayNumber(y + 1, 1, 1);
    this.daysInYear = this.end - this.start;
  }

  private defaultLifetime(type: string): LifetimeInfo | null {
    let d = this.defaults.get(type);
    if (d === undefined) {
      const src = this.options.defaultLifetimes;
      const raw = typeof src === "function" ? src(type) : src?.[type];
      d = raw === undefined ? null : lifetimeInfo(new Decimal(raw));
      this.defaults.set(type, d);
    }
    return d;
  }

  /** Adds one line; returns false (and records a problem) when it cannot be allocated. */
  add(r: LineRecord): boolean {
    const life = r.lifetime;
    const acq = r.acquisitionDay;
    // The window bucket (-1: no acquisition date), and the line's days by the one rule of spanDays.
    let bucket = -1;
    let l: LifetimeInfo | undefined;
    if (acq !== undefined) {
      l = life ?? this.defaultLifetime(r.type) ?? undefined;
      if (l === undefined) {
        this.problems.push({
          code: "NRS_INVENTORY_NO_LIFETIME",
          severity: "error",
          path: ["duree_vie_annees"],
          line: r.line,
          message: {
            fr: `Aucune durée de vie par défaut pour le type « ${r.type} » : renseignez duree_vie_annees.`,
            en: `No default lifetime for type "${r.type}": fill in duree_vie_annees.`,
          },
        });
        return false;
      }
      bucket = wholeWindowDays(r.acquisitionYear, r.acquisitionMonth, r.acquisitionDayOfMonth, acq, l);
    }
    const span = spanDays(this.span, this.start, this.end, acq, r.retirementDay, bucket, l);
    const service = span.service;
    const amortWhole = span.amortizedWhole;
    const withFraction = span.withFraction;
    const lifeKey = life === undefined ? "" : life.key;
    const measured = r.kwhMicro !== undefined || r.kwhDecimal !== undefined;
    const t = this.typeIds.id(r.type);
    const li = this.lifeIds.id(lifeKey);
    const lo = this.locationIds.id(r.location);
    const e = this.entityIds.id(r.entity);
    const si = this.siteIds.id(r.site);
    // Two levels of small-integer keys (V8 hashes these without allocating): the entity and site, then
    // the type, origin, measured flag, lifetime and zone packed into 27 bits. Anything larger goes by string.
    let byEntity: Map<number, Acc> | undefined;
    let key = -1;
    let g: Acc | undefined;
    if (t >= 0 && li >= 0 && lo >= 0 && e >= 0 && si >= 0) {
      key =
        (((((((t << 2) | (r.origin === "neuf" ? 0 : r.origin === "reemploi" ? 1 : 2)) << 1) | (measured ? 1 : 0)) << 10) | li) << 6) | lo;
      const slot = e * 64 + si;
      byEntity = this.groups[slot];
      if (byEntity === undefined) {
        byEntity = new Map();
        this.groups[slot] = byEntity;
      }
      g = byEntity.get(key);
    } else {
      g = this.overflow.get(overflowKey(r, lifeKey, measured));
    }
    if (g === undefined) {
      g = {
        type: r.type,
        entity: r.entity,
        origin: r.origin,
        lifetime: life?.value,
        location: r.location,
        site: r.site,
        measured,
        firstLine: r.line,
        lines: 0,
        quantity: 0,
        quantityWithoutDate: 0,
        sums: new Counters(2),
        windowKeys: [],
        windows: new Counters(0),
        kwhDecimal: undefined,
      };
      if (byEntity !== undefined) byEntity.set(key, g);
      else this.overflow.set(overflowKey(r, lifeKey, measured), g);
    }
    g.lines++;
    g.quantity += r.quantity;
    if (acq === undefined) g.quantityWithoutDate += r.quantity;
    g.sums.add(SERVICE, r.quantity * service);
    const keys = g.windowKeys;
    let k = 0;
    while (k < keys.length && keys[k] !== bucket) k++;
    if (k === keys.length) {
      keys.push(bucket);
      g.windows.grow();
      g.windows.grow();
    }
    g.windows.add(2 * k, r.quantity * amortWhole);
    if (withFraction) g.windows.add(2 * k + 1, r.quantity);
    if (r.kwhMicro !== undefined) g.sums.add(KWH_MICRO, r.kwhMicro);
    else if (r.kwhDecimal !== undefined) g.kwhDecimal = g.kwhDecimal === undefined ? r.kwhDecimal : g.kwhDecimal.plus(r.kwhDecimal);
    return true;
  }

  /** The groups, in a stable order (type, entity, origin, lifetime, location, site, measured). */
  result(): InventoryGroups {
    const all = [...this.overflow.values()];
    for (const m of this.groups) if (m !== undefined) all.push(...m.values());
    all.sort(compareAcc);
    const out: InventoryGroup[] = [];
    for (const g of all) {
      let kwh: Decimal | undefined;
      if (g.measured) {
        let exact = ex(g.sums.value(KWH_MICRO)).div(1_000_000);
        if (g.kwhDecimal !== undefined) exact = exact.plus(ex(g.kwhDecimal));
        kwh = out_(exact);
      }
      const life = g.lifetime === undefined ? this.defaultLifetime(g.type) : lifetimeInfo(g.lifetime);
      let amortized = new Exact(0);
      let charged: ExactValue | undefined = life === null ? undefined : new Exact(0);
      const fraction = life === null ? new Exact(0) : ex(life.fractionDays);
      for (let i = 0; i < g.windowKeys.length; i++) {
        const bucket = g.windowKeys[i] as number;
        const days = ex(g.windows.value(2 * i)).plus(fraction.times(ex(g.windows.value(2 * i + 1))));
        amortized = amortized.plus(days);
        if (bucket < 0) {
          // No acquisition date: a year in service is charged 1 / lifetime (the calculator's rule).
          if (life !== null && charged !== undefined) charged = charged.plus(days.div(ex(life.value).times(this.daysInYear)));
        } else if (life !== null && charged !== undefined) {
          charged = charged.plus(days.div(windowLength(bucket, life)));
        }
      }
      out.push({
        type: g.type,
        entity: g.entity,
        origin: g.origin,
        location: g.location,
        site: g.site,
        measured: g.measured,
        ...definedProps({ lifetimeYears: g.lifetime }),
        lines: g.lines,
        firstLine: g.firstLine,
        quantity: g.quantity,
        quantityWithoutDate: g.quantityWithoutDate,
        serviceDeviceDays: g.sums.value(SERVICE),
        amortizedDeviceDays: out_(amortized),
        ...definedProps({ chargedDeviceYears: charged && out_(charged), annualKwh: kwh }),
      });
    }
    return { reportingYear: this.reportingYear, daysInYear: this.daysInYear, groups: out, problems: this.problems };
  }
}

function compareAcc(a: Acc, b: Acc): number {
  return (
    cmp(a.type, b.type) ||
    cmp(a.entity, b.entity) ||
    cmp(a.origin, b.origin) ||
    cmp(a.lifetime?.toString() ?? "", b.lifetime?.toString() ?? "") ||
    cmp(a.location, b.location) ||
    cmp(a.site, b.site) ||
    Number(a.measured) - Number(b.measured)
  );
}

function overflowKey(r: LineRecord, lifeKey: string, measured: boolean): string {
  return `${r.type}\u0001${r.entity}\u0001${r.origin}\u0001${lifeKey}\u0001${r.location}\u0001${r.site}\u0001${measured ? 1 : 0}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
