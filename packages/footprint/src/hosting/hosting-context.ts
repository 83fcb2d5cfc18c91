import type { Decimal } from "decimal.js";
import { NrsError, type Problem, type ProblemPath } from "@nrs/core";
import { defaultCalculatorPack } from "../packs/default-factor-pack.js";
import type { DeviceFootprintOptions } from "../devices/device-input.js";
import { readDecimal, readYear, readZone } from "../devices/read-input.js";
import { ResultBuilder } from "../devices/result-builder.js";
import { yearFactor } from "../devices/year-factor.js";
import type { FactorPack, FactorRow } from "../packs/factor-pack.js";
import { combineFootprints, type FootprintResult } from "../footprint-result.js";
import type { HostingFootprintInput, HostingFootprintResult, HostingPart } from "./hosting-input.js";

/** A PUE: a number ≥ 1. @internal */
export function readPue(value: unknown, path: (string | number)[], problems: Problem[]): Decimal | undefined {
  const d = readDecimal(value, path, problems, "positive");
  if (d === undefined) return undefined;
  if (d.lt(1)) {
    problems.push(pueBelowOne(path));
    return undefined;
  }
  return d;
}

/** The problems of an NrsError under `path`; rethrows anything else. @internal */
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

/** The settings every entry of a hosting input shares, and the problems found so far. @internal */
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

/** Reads the input's year, zone and PUE; throws at once if one of them is bad. @internal */
export function hostingContext(input: HostingFootprintInput, options: DeviceFootprintOptions): HostingContext {
  const pack = options.pack ?? defaultCalculatorPack;
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
    const q =
      year === undefined
        ? { item: `datacenter_${loc}`, criterion: "pue" as const }
        : { item: `datacenter_${loc}`, criterion: "pue" as const, year };
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

/** Throws every problem recorded, else sums the parts exactly, with the PUE notes in the trace. @internal */
export function hostingResult(ctx: HostingContext, parts: readonly HostingPart[]): HostingFootprintResult {
  if (ctx.problems.length > 0) throw new NrsError(ctx.problems);
  const total = combineFootprints([...parts.map((p) => p.result), { impacts: {}, trace: ctx.pueNotes.trace() }]);
  return { impacts: total.impacts, trace: total.trace, parts };
}

/** Computes one part and adds it, or records its problems under the entry's path. @internal */
export function pushPart(
  ctx: HostingContext,
  parts: HostingPart[],
  path: ProblemPath,
  kind: HostingPart["kind"],
  name: string,
  compute: () => FootprintResult,
): void {
  try {
    const result = compute();
    parts.push({ kind, name, result: { impacts: result.impacts, trace: result.trace } });
  } catch (err) {
    ctx.problems.push(...prefixed(err, path));
  }
}
