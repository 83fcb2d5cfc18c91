import type { Decimal } from "decimal.js";
import { ex, NrsError, type Problem, type ProblemPath } from "@nrs/core";
import { defaultFactorPack } from "./default-factor-pack.js";
import type { DeviceFootprintInput, DeviceFootprintOptions } from "./device-footprint.js";
import { computeEquipment, computeParsedEquipment, readDecimal, readYear, readZone, ResultBuilder, yearFactor, type ParsedInput } from "./equipment-footprint.js";
import type { FactorPack, FactorRow } from "./factor-pack.js";
import { combineFootprints, type FootprintResult } from "./footprint-result.js";
import type { HostingFootprintInput, HostingFootprintResult, HostingPart, OnPremiseEquipmentInput } from "./hosting-footprint.js";

// The on-premise half of computeHostingFootprint, in its own module so that the inventory, which
// computes its servers this way, does not carry the hosting-contract code into a browser bundle.

/** A PUE: a number of at least 1. */
export function readPue(value: unknown, path: (string | number)[], problems: Problem[]): Decimal | undefined {
  const d = readDecimal(value, path, problems, "positive");
  if (d === undefined) return undefined;
  if (d.lt(1)) {
    problems.push(pueBelowOne(path));
    return undefined;
  }
  return d;
}

export function prefixed(e: unknown, path: ProblemPath): Problem[] {
  if (e instanceof NrsError) return e.problems.map((p) => ({ ...p, path: [...path, ...p.path] }));
  throw e;
}

function pueBelowOne(path: ProblemPath): Problem {
  return {
    code: "NRS_PUE_BELOW_ONE",
    severity: "error",
    path,
    message: { fr: "Un PUE est au moins égal à 1.", en: "A PUE is at least 1." },
  };
}

/** The settings every entry of a hosting input shares, and the problems found so far. */
export interface HostingContext {
  readonly pack: FactorPack;
  readonly year: number | undefined;
  readonly location: string;
  readonly problems: Problem[];
  /** Notes of the PUE lookups (a year without a PUE factor...), for the total's trace. */
  readonly pueNotes: ResultBuilder;
  /** The PUE of an entry: its own, else the input's, else the pack's for its zone (or undefined, with a problem). */
  readonly pueFor: (given: Decimal | undefined, loc: string, path: ProblemPath) => { value: Decimal; row?: FactorRow } | undefined;
}

/** Reads the input's year, zone and PUE; throws at once if one of them is bad. */
export function hostingContext(input: HostingFootprintInput, options: DeviceFootprintOptions): HostingContext {
  const pack = options.pack ?? defaultFactorPack;
  const problems: Problem[] = [];
  const top: Problem[] = [];
  const year = input.year === undefined ? undefined : readYear(input.year, ["year"], top);
  const location = input.location === undefined ? "FR" : (readZone(input.location, ["location"], top) ?? "FR");
  const pue = input.pue === undefined ? undefined : readPue(input.pue, ["pue"], top);
  if (top.length > 0) throw new NrsError(top);

  const pueNotes = new ResultBuilder("pue");
  const pueFor = (given: Decimal | undefined, loc: string, path: ProblemPath): { value: Decimal; row?: FactorRow } | undefined => {
    if (given !== undefined) return { value: given };
    if (pue !== undefined) return { value: pue };
    const q = year === undefined ? { item: `datacenter_${loc}`, criterion: "pue" as const } : { item: `datacenter_${loc}`, criterion: "pue" as const, year };
    try {
      const row = yearFactor(pack, q, pueNotes);
      return { value: row.value, row };
    } catch (e) {
      problems.push(...prefixed(e, path));
      return undefined;
    }
  };
  return { pack, year, location, problems, pueNotes, pueFor };
}

/** The parts of the on-premise servers and storage (every bad entry recorded in `ctx.problems`). */
export function onPremiseParts(ctx: HostingContext, input: HostingFootprintInput, options: DeviceFootprintOptions): HostingPart[] {
  const { year, location, problems, pueFor } = ctx;
  const parts: HostingPart[] = [];
  const equipment = (list: readonly OnPremiseEquipmentInput[] | undefined, kind: "server" | "storage", key: string, defaultType: string) => {
    (list ?? []).forEach((e, i) => {
      const path = [key, i];
      let given: Decimal | undefined;
      if (e.pue !== undefined) {
        given = readPue(e.pue, [...path, "pue"], problems);
        if (given === undefined) return;
      }
      const { pue: _pue, name, type, ...rest } = e;
      const loc = rest.location ?? location;
      const p = pueFor(given, loc, [...path, "pue"]);
      if (p === undefined) return;
      // Pass the zone only when someone gave it, so that the trace tells an input from the FR default.
      const device: DeviceFootprintInput = {
        ...rest,
        type: type ?? defaultType,
        ...(rest.location !== undefined || input.location !== undefined ? { location: loc } : {}),
        ...(year !== undefined && rest.year === undefined ? { year } : {}),
      };
      const label = name ?? `${kind} ${i + 1}`;
      pushPart(ctx, parts, path, kind, label, () => computeEquipment(device, options, { pue: p, defaultHoursPerDay: ex(24), subject: label }));
    });
  };
  equipment(input.servers, "server", "servers", "serveur");
  equipment(input.storage, "storage", "storage", "stockage");
  return parts;
}

/** Throws every problem recorded, else sums the parts exactly, with the PUE notes in the trace. */
export function hostingResult(ctx: HostingContext, parts: readonly HostingPart[]): HostingFootprintResult {
  if (ctx.problems.length > 0) throw new NrsError(ctx.problems);
  const total = combineFootprints([...parts.map((p) => p.result), { impacts: {}, trace: ctx.pueNotes.trace() }]);
  return { impacts: total.impacts, trace: total.trace, parts };
}

/**
 * `computeHostingFootprint({ year, servers: [server] })` for one server group the inventory built from
 * validated lines, named after its type: the same result, without the validation of hand-written input.
 */
export function computeParsedServerFootprint(server: ParsedInput & { readonly year: number }, options: DeviceFootprintOptions): HostingFootprintResult {
  const ctx = hostingContext({ year: server.year }, options);
  const path = ["servers", 0];
  const parts: HostingPart[] = [];
  const pue = ctx.pueFor(undefined, server.location ?? ctx.location, [...path, "pue"]);
  if (pue !== undefined) {
    pushPart(ctx, parts, path, "server", server.type, () => computeParsedEquipment(server, options, { pue, defaultHoursPerDay: ex(24), subject: server.type }));
  }
  return hostingResult(ctx, parts);
}

/** Computes one part and adds it, or records its problems under the entry's path. */
function pushPart(ctx: HostingContext, parts: HostingPart[], path: ProblemPath, kind: HostingPart["kind"], name: string, compute: () => FootprintResult): void {
  try {
    const result = compute();
    parts.push({ kind, name, result: { impacts: result.impacts, trace: result.trace } });
  } catch (err) {
    ctx.problems.push(...prefixed(err, path));
  }
}
