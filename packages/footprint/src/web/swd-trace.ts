import type { Decimal } from "decimal.js";
import { definedProps, Exact, msg, out, type ExactValue, type Message } from "@nrs/core";
import { impactTable, type ImpactEntry } from "../impact.js";
import type { readGridIntensity } from "../read-grid-intensity.js";
import type { TracedFactor, TracedValue } from "../trace.js";
import { defaulted, given, tracedConstant } from "./model-trace.js";
import type { ModelConstant } from "./model-constants.js";
import { SWD_SOURCE } from "./sustainable-web-design-constants.js";
import type { SwdRating, SwdTraceResult } from "./swd-types.js";
import type { SegmentIntensities, SwdVersionModel, VersionSegments } from "./swd-version.js";

const GB = new Exact(1e9);
const ZERO = new Exact(0);
const SEGMENTS = ["device", "network", "dataCenter"] as const;

/** What a configured model knows when it traces one estimate. @internal */
export interface TraceContext {
  readonly model: SwdVersionModel;
  readonly intensities: SegmentIntensities;
  /** The grid intensities the caller gave (with the factor row they came from, if any). */
  readonly givenIntensity: Readonly<Record<(typeof SEGMENTS)[number], ReturnType<typeof readGridIntensity> | undefined>>;
  readonly greenHostingFactor: ExactValue | undefined;
  /** The visit shares in effect, and those the caller gave. */
  readonly visit: Readonly<Record<VisitShare, ExactValue>>;
  readonly visitGiven: Readonly<Partial<Record<VisitShare, ExactValue>>>;
  readonly rating: (grams: Decimal) => SwdRating;
}

type VisitShare = "firstVisitShare" | "returnVisitShare" | "dataReloadRatio";

/**
 * The traced estimate for `counted` bytes (after the floor under one byte) of the `bytes` given: every
 * segment, GWP by stage and operational energy, the rating, the trace and the variables. @internal
 */
export function swdTrace(
  c: TraceContext,
  s: VersionSegments,
  bytes: ExactValue,
  counted: ExactValue,
  green: boolean,
  perVisit: boolean,
): SwdTraceResult {
  const v = c.visit;
  const visitMultiplier = v.firstVisitShare.plus(v.returnVisitShare.times(v.dataReloadRatio));
  const factor = counted.dividedBy(GB).times(perVisit ? visitMultiplier : 1);
  const segments: Record<string, Decimal> = {};
  let total = ZERO;
  let embodied = ZERO;
  for (const [key, g] of Object.entries(s.perGB)) {
    const part = g.times(factor);
    segments[key] = out(part);
    total = total.plus(part);
    if (c.model.embodiedKeys.includes(key)) embodied = embodied.plus(part);
  }
  const co2 = out(total);
  const entries: ImpactEntry[] = [
    { criterion: "gwp", stage: "use", value: out(total.minus(embodied).dividedBy(1000)) },
    { criterion: "gwp", stage: "manufacturing", value: out(embodied.dividedBy(1000)) },
    { criterion: "energy", stage: "use", value: out(c.model.operationalKWhPerGB.times(factor)) },
  ];
  const i = c.intensities;
  return {
    co2,
    green,
    segments,
    rating: c.rating(co2),
    impacts: impactTable(entries),
    trace: traceOf(c, bytes, counted, green, perVisit),
    variables: {
      model: "sustainable-web-design",
      version: c.model.version,
      bytes: out(bytes),
      bytesCounted: out(counted),
      gridIntensity: { device: out(i.device), network: out(i.network), dataCenter: out(s.dataCenterIntensity), embodied: out(i.embodied) },
      ...definedProps({ greenHostingFactor: s.greenHostingFactor && out(s.greenHostingFactor) }),
      ...(perVisit
        ? { firstVisitShare: out(v.firstVisitShare), returnVisitShare: out(v.returnVisitShare), dataReloadRatio: out(v.dataReloadRatio) }
        : {}),
      source: SWD_SOURCE,
    },
  };
}

function traceOf(c: TraceContext, bytes: ExactValue, counted: ExactValue, green: boolean, perVisit: boolean) {
  const m = c.model;
  const tc = (k: ModelConstant): TracedFactor => tracedConstant(k, "@tgwf/co2", "0.19.0", SWD_SOURCE.name);
  const k = m.traceConstants;
  const factors: TracedFactor[] = [...k.energy.map(tc), tc(k.global)];
  const values: TracedValue[] = [given("bytes", bytes.toFixed(), "B")];
  const notes: Message[] = [];
  if (!counted.equals(bytes))
    notes.push(msg("Moins d'un octet : compté comme zéro, comme dans CO2.js.", "Under one byte: counted as zero, as in CO2.js."));
  const globalReason = msg(
    `Intensité mondiale du modèle SWD v${m.version} (${k.global.value} gCO2e/kWh).`,
    `Global intensity of the SWD v${m.version} model (${k.global.value} gCO2e/kWh).`,
  );
  for (const seg of SEGMENTS) {
    const replaced = seg === "dataCenter" ? m.dataCenterTrace(green) : undefined;
    const g = c.givenIntensity[seg];
    if (replaced !== undefined) {
      factors.push(tc(replaced.factor));
      values.push(replaced.value);
    } else if (g !== undefined) {
      values.push({ ...given(`gridIntensity.${seg}`, g.value.toFixed(), "gCO2e/kWh"), ...(g.factor ? { factorId: g.factor.id } : {}) });
      if (g.factor && !factors.some((f) => f.id === g.factor!.id && f.pack === g.factor!.pack)) factors.push(g.factor);
    } else values.push(defaulted(`gridIntensity.${seg}`, k.global.value, globalReason, "gCO2e/kWh", k.global.id));
  }
  values.push(...m.greenTrace(green, c.greenHostingFactor));
  if (perVisit) {
    for (const name of ["firstVisitShare", "returnVisitShare", "dataReloadRatio"] as const) {
      const given_ = c.visitGiven[name];
      if (given_ !== undefined) {
        values.push(given(name, given_.toFixed()));
        continue;
      }
      const d = m.visitDefaultTrace(name);
      if (d.factor !== undefined) factors.push(tc(d.factor));
      values.push(defaulted(name, c.visit[name].toFixed(), d.reason, undefined, d.factor?.id));
    }
  }
  return { factors, values, notes };
}
