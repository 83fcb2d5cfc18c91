import type { Decimal } from "decimal.js";
import { definedProps, ex, NrsError, out, type DecimalInput, type Message, type Problem } from "@nrs/core";
import { computeDeviceFootprint } from "../devices/device-footprint.js";
import type { DeviceFootprintInput, DeviceFootprintOptions } from "../devices/device-input.js";
import { readDecimal } from "../devices/read-input.js";
import { combineFootprints, type FootprintResult } from "../footprint-result.js";
import { computeHostingFootprint } from "../hosting/hosting-footprint.js";
import type { HostingFootprintInput } from "../hosting/hosting-input.js";
import { impactCells, subtractImpacts } from "../impact/impact-arithmetic.js";
import type { ImpactCell, ImpactTable } from "../impact.js";

/** The estate a what-if scenario changes: device groups and hosting, for one reporting year. */
export interface Estate {
  readonly devices?: readonly DeviceFootprintInput[];
  readonly hosting?: HostingFootprintInput;
}

/**
 * A change to simulate:
 * - `extendLifetimes`: every device (or those of `types`) lasts `years` longer; its embodied impact is
 *   spread over the longer lifetime (default lifetimes are taken from the pack, then extended);
 * - `raiseReuseShare`: among the devices acquired in the reporting year (all devices when no dates are
 *   given), enough new ones become reused ones (`reemploi`) for the reused share of their quantity to
 *   reach `share` (nothing changes if it is already reached);
 * - `retireDormant`: a `share` of each device group (or of those of `types`) sits unused and is taken out
 *   of the estate for the whole year;
 * - `moveHosting`: every hosting entry moves to another `pue` and/or grid `location`.
 *
 * @example
 * ```ts
 * import type { WhatIf } from "@nrs/footprint";
 * const w: WhatIf = { kind: "extendLifetimes", years: 2, types: ["ordinateur_portable"] };
 * console.log(w.kind);
 * ```
 */
export type WhatIf =
  | { readonly kind: "extendLifetimes"; readonly years: DecimalInput; readonly types?: readonly string[] }
  | { readonly kind: "raiseReuseShare"; readonly share: DecimalInput; readonly types?: readonly string[] }
  | { readonly kind: "retireDormant"; readonly share: DecimalInput; readonly types?: readonly string[] }
  | { readonly kind: "moveHosting"; readonly pue?: DecimalInput; readonly location?: string };

/** Result of {@link simulateWhatIf}: the two footprints and what the change avoids (baseline − scenario). */
export interface WhatIfResult {
  readonly baseline: FootprintResult;
  readonly scenario: FootprintResult;
  /** Avoided impacts, cell by cell, with min/max; negative where the scenario is worse. */
  readonly avoided: ImpactTable;
  /** What was changed, in French and English. */
  readonly description: Message;
}

function footprintOf(estate: Estate, options: DeviceFootprintOptions): FootprintResult {
  const parts: FootprintResult[] = (estate.devices ?? []).map((d, i) => {
    try {
      return computeDeviceFootprint(d, options);
    } catch (e) {
      if (e instanceof NrsError) throw new NrsError(e.problems.map((p) => ({ ...p, path: ["devices", i, ...p.path] })));
      throw e;
    }
  });
  if (estate.hosting !== undefined) parts.push(computeHostingFootprint(estate.hosting, options));
  return combineFootprints(parts);
}

function parseShare(x: DecimalInput, path: string): Decimal {
  const problems: Problem[] = [];
  const d = readDecimal(x, [path], problems, "nonnegative");
  if (d === undefined) throw new NrsError(problems);
  if (d.gt(1)) {
    throw new NrsError([
      {
        code: "NRS_TOO_BIG",
        severity: "error",
        path: [path],
        message: { fr: "Une part est comprise entre 0 et 1.", en: "A share lies between 0 and 1." },
      },
    ]);
  }
  return d;
}

function applies(d: DeviceFootprintInput, types: readonly string[] | undefined): boolean {
  return types === undefined || types.includes(d.type);
}

/** Multiplies a device group's size (quantity or device-days, and a group's measured kWh) by k. */
function scaleGroup(d: DeviceFootprintInput, k: Decimal): DeviceFootprintInput {
  const kk = ex(k);
  let use = d.use;
  if (use !== undefined && "kwhPerYear" in use && use.per === "group") use = { ...use, kwhPerYear: out(ex(use.kwhPerYear).times(kk)) };
  const scaled: DeviceFootprintInput =
    d.deviceDays !== undefined
      ? { ...d, deviceDays: { service: out(ex(d.deviceDays.service).times(kk)), amortized: out(ex(d.deviceDays.amortized).times(kk)) } }
      : { ...d, quantity: out(ex(d.quantity ?? 1).times(kk)) };
  return use === undefined ? scaled : { ...scaled, use };
}

/** How many devices a group counts for the reuse share: its quantity, or for a group given by device-days, its device-years. */
function sizeOf(d: DeviceFootprintInput): Decimal {
  if (d.deviceDays !== undefined && d.year !== undefined) {
    const y = d.year;
    const days = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
    return out(ex(d.deviceDays.service).div(days));
  }
  return out(ex(d.quantity ?? 1));
}

function acquiredIn(d: DeviceFootprintInput, year: number | undefined): boolean {
  if (year === undefined || d.acquisitionDate === undefined) return true;
  return d.acquisitionDate.startsWith(`${year}-`);
}

/**
 * Simulates a change to an estate and gives the impacts it avoids for the reporting year, with
 * min/max. Both footprints are computed with the same factors, so the range of the difference is the
 * difference taken at the low ends and at the high ends of the factors (see `subtractImpacts`).
 *
 * Limits, said plainly: extending lifetimes lowers a year's amortised embodied impact, and retiring
 * dormant devices removes their allocation from the year; neither counts the avoided purchase of
 * replacements, nor the benefit of sending retired devices to reuse, which happen outside the estate.
 *
 * @example
 * ```ts
 * import { simulateWhatIf } from "@nrs/footprint";
 * const r = simulateWhatIf(
 *   { devices: [{ type: "ordinateur_portable", quantity: 100, year: 2025 }] },
 *   { kind: "extendLifetimes", years: 1 },
 * );
 * // embodied per year goes from 185.09 / 5 to 185.09 / 6 kgCO2e per laptop
 * console.log(r.avoided.gwp?.manufacturing?.value.toFixed(2)); // "566.67"
 * ```
 */
export function simulateWhatIf(estate: Estate, whatIf: WhatIf, options: DeviceFootprintOptions = {}): WhatIfResult {
  const baseline = footprintOf(estate, options);
  const devices = estate.devices ?? [];
  let changed: Estate;
  let description: Message;
  switch (whatIf.kind) {
    case "extendLifetimes": {
      const problems: Problem[] = [];
      const years = readDecimal(whatIf.years, ["years"], problems, "positive");
      if (years === undefined) throw new NrsError(problems);
      changed = {
        ...estate,
        devices: devices.map((d) => {
          if (!applies(d, whatIf.types)) return d;
          const current =
            d.lifetimeYears !== undefined ? out(ex(d.lifetimeYears)) : computeDeviceFootprint(d, options).details.lifetimeYears;
          return { ...d, lifetimeYears: out(ex(current).plus(ex(years))) };
        }),
      };
      description = {
        fr: `Durées de vie allongées de ${years.toFixed()} an(s).`,
        en: `Lifetimes extended by ${years.toFixed()} year(s).`,
      };
      break;
    }
    case "raiseReuseShare": {
      const target = parseShare(whatIf.share, "share");
      const year = devices.find((d) => d.year !== undefined)?.year;
      const pool = devices.filter((d) => applies(d, whatIf.types) && acquiredIn(d, d.year ?? year));
      let reused = ex(0);
      let fresh = ex(0);
      for (const d of pool) {
        if ((d.origin ?? "neuf") === "neuf") fresh = fresh.plus(ex(sizeOf(d)));
        else reused = reused.plus(ex(sizeOf(d)));
      }
      const total = reused.plus(fresh);
      const toMove = ex(target).times(total).minus(reused);
      const k = fresh.isZero() || !toMove.gt(0) ? ex(0) : toMove.div(fresh);
      changed = {
        ...estate,
        devices: devices.flatMap((d) => {
          if (!pool.includes(d) || (d.origin ?? "neuf") !== "neuf" || k.isZero()) return [d];
          const moved = scaleGroup(d, out(k));
          const kept = scaleGroup(d, out(ex(1).minus(k)));
          return [kept, { ...moved, origin: "reemploi" as const }];
        }),
      };
      description = {
        fr: `Part des équipements issus du réemploi portée à ${target.times(100).toFixed()} % des acquisitions.`,
        en: `Share of reused devices raised to ${target.times(100).toFixed()} % of acquisitions.`,
      };
      break;
    }
    case "retireDormant": {
      const share = parseShare(whatIf.share, "share");
      changed = {
        ...estate,
        devices: devices.map((d) => (applies(d, whatIf.types) ? scaleGroup(d, out(ex(1).minus(ex(share)))) : d)),
      };
      description = {
        fr: `${share.times(100).toFixed()} % des équipements, inutilisés, retirés du parc.`,
        en: `${share.times(100).toFixed()} % of devices, unused, taken out of the estate.`,
      };
      break;
    }
    case "moveHosting": {
      const h = estate.hosting ?? {};
      const strip = <T extends { readonly pue?: DecimalInput; readonly location?: string }>(e: T): T => {
        const { pue: _p, location: _l, ...rest } = e;
        return rest as T;
      };
      const moved: HostingFootprintInput = {
        ...h,
        ...definedProps({ pue: whatIf.pue, location: whatIf.location }),
        ...(h.servers ? { servers: h.servers.map((s) => stripSome(s, whatIf, strip)) } : {}),
        ...(h.storage ? { storage: h.storage.map((s) => stripSome(s, whatIf, strip)) } : {}),
        // A contract whose kWh already include the PUE keeps them: its former PUE is not known.
        ...(h.contracts ? { contracts: h.contracts.map((c) => stripSome(c, whatIf, strip)) } : {}),
      };
      changed = { ...estate, hosting: moved };
      description = {
        fr: `Hébergement déplacé${whatIf.pue !== undefined ? ` vers un PUE de ${String(whatIf.pue)}` : ""}${whatIf.location !== undefined ? ` sur le réseau ${whatIf.location}` : ""}.`,
        en: `Hosting moved${whatIf.pue !== undefined ? ` to a PUE of ${String(whatIf.pue)}` : ""}${whatIf.location !== undefined ? ` to the ${whatIf.location} grid` : ""}.`,
      };
      break;
    }
  }
  const scenario = footprintOf(changed, options);
  return { baseline, scenario, avoided: snapResidue(subtractImpacts(baseline.impacts, scenario.impacts), baseline.impacts), description };
}

/**
 * Splitting a group (a share of a quantity) and dividing by days in the year round at 34 significant
 * digits, so a difference that should be zero can come out as 1e-32. Differences smaller than 10⁻²⁴
 * of the baseline cell are that residue and are set to zero.
 */
function snapResidue(avoided: ImpactTable, baseline: ImpactTable): ImpactTable {
  const result: Record<string, Record<string, ImpactCell>> = {};
  for (const { criterion, stage, cell } of impactCells(avoided)) {
    const ref = baseline[criterion]?.[stage];
    const eps = ref ? ex(ref.max).abs().times("1e-24") : ex(0);
    const snap = (d: Decimal) => (ex(d).abs().lte(eps) ? out(ex(0)) : d);
    (result[criterion] ??= {})[stage] = { value: snap(cell.value), min: snap(cell.min), max: snap(cell.max), unit: cell.unit };
  }
  return result as ImpactTable;
}

/** Drops an entry's own PUE and/or location where the scenario sets them for all. */
function stripSome<T extends { readonly pue?: DecimalInput; readonly location?: string }>(
  e: T,
  w: { readonly pue?: DecimalInput; readonly location?: string },
  strip: (e: T) => T,
): T {
  const keep = strip(e);
  const out: Record<string, unknown> = { ...keep };
  if (w.pue === undefined && e.pue !== undefined) out["pue"] = e.pue;
  if (w.location === undefined && e.location !== undefined) out["location"] = e.location;
  return out as T;
}
