import { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { check, Exact, msg, NrsError, out, safeParse, zNonNegativeDecimal, type DecimalInput, type ExactValue, type Message, type Problem } from "@nrs/core";
import type { FootprintResult } from "./footprint-result.js";
import { impactTable, type ImpactEntry } from "./impact.js";
import type { GridIntensityInput } from "./grid-intensity.js";
import { readGridIntensity } from "./read-grid-intensity.js";
import { defaulted, given, tracedConstant } from "./model-trace.js";
import { nonNegative } from "./non-negative.js";
import { SWD_TRACE_CONSTANTS } from "./model-constants.js";
import { SWD_RATINGS, SWD_SOURCE, SWD_V3, SWD_V4, type ModelSource } from "./sustainable-web-design-constants.js";
import type { TracedFactor, TracedValue } from "./trace.js";

/** A Sustainable Web Design model version. */
export type SwdVersion = 3 | 4;

/** A Sustainable Web Design rating, from A+ (best) to F. */
export type SwdRating = "A+" | "A" | "B" | "C" | "D" | "E" | "F";

/**
 * Options of {@link sustainableWebDesign}. Every option has the default CO2.js 0.19.0 uses, so the same
 * options give the same figures as `new co2({ model: "swd", version })` with `perByteTrace`/`perVisitTrace`.
 */
export interface SustainableWebDesignOptions {
  /** Model version; 4 by default, as in CO2.js. */
  readonly version?: SwdVersion;
  /**
   * Grid intensity in gCO2e/kWh for the operational energy of each segment. Defaults to the model's
   * global figure (v3: 472.94, v4: 494). Embodied (v4) and production (v3) energy always use the global
   * figure, as the model prescribes. Each may be a number in gCO2e/kWh or a factor-pack row (such as
   * the French grid of `defaultFactorPack`, `electricite_FR`), which is converted and cited in the trace.
   */
  readonly gridIntensity?: {
    /** End-user devices, gCO2e/kWh. */
    readonly device?: GridIntensityInput;
    /** Networks, gCO2e/kWh. */
    readonly network?: GridIntensityInput;
    /** Data centres, gCO2e/kWh. */
    readonly dataCenter?: GridIntensityInput;
  };
  /**
   * v4 only: share (0–1) of the data centre's operational energy that comes from green sources; 0 by
   * default. Calling with `green = true` sets it to 1. (v3 has no such factor: green hosting there means
   * the data-centre segment uses the renewables intensity, 50 gCO2e/kWh.)
   */
  readonly greenHostingFactor?: DecimalInput;
  /** perVisit: share of visits that are first visits (v3 default 0.75, v4 default 1). CO2.js: `firstVisitPercentage`. */
  readonly firstVisitShare?: DecimalInput;
  /** perVisit: share of visits that are returning visits (v3 default 0.25, v4 default 0). CO2.js: `returnVisitPercentage`. */
  readonly returnVisitShare?: DecimalInput;
  /** perVisit: share of the page downloaded again on a returning visit (v3 default 0.02, v4 default 0). */
  readonly dataReloadRatio?: DecimalInput;
}

/** Every variable a Sustainable Web Design estimate used, so that it can be checked and reproduced. */
export interface SwdVariables {
  /** Always `sustainable-web-design`. */
  readonly model: "sustainable-web-design";
  /** The model version used. */
  readonly version: SwdVersion;
  /** The bytes as given. */
  readonly bytes: Decimal;
  /** Bytes that entered the formula: the model counts transfers under one byte as nothing (as CO2.js does). */
  readonly bytesCounted: Decimal;
  /** gCO2e/kWh per segment; `embodied` is the global figure used for production/embodied energy. */
  readonly gridIntensity: {
    /** End-user devices. */
    readonly device: Decimal;
    /** Networks. */
    readonly network: Decimal;
    /** Data centres (the renewables figure for green hosting in v3). */
    readonly dataCenter: Decimal;
    /** Production (v3) or embodied (v4) energy: always the model's global figure. */
    readonly embodied: Decimal;
  };
  /** v4: share of the data centre's operational energy that is green (1 when `green`). */
  readonly greenHostingFactor?: Decimal;
  /** Per-visit estimates: share of first visits. */
  readonly firstVisitShare?: Decimal;
  /** Per-visit estimates: share of returning visits. */
  readonly returnVisitShare?: Decimal;
  /** Per-visit estimates: share of the page reloaded on a returning visit. */
  readonly dataReloadRatio?: Decimal;
  /** Where the constants were read. */
  readonly source: ModelSource;
}

/**
 * A traced Sustainable Web Design estimate, in the spirit of CO2.js's `perByteTrace`: the total, the
 * part of each segment (operational energy at its grid intensity and embodied energy at the global
 * one), the rating and every variable used. Segments add up exactly to `co2`.
 *
 * It is also a `FootprintResult`: `impacts` holds GWP in kgCO2e (operational segments at stage `use`,
 * embodied/production at `manufacturing`) and the operational energy in kWh (`energy`, stage `use`),
 * with min = max = value (the model gives no range); `trace` lists every constant used (with its
 * `factors.csv` id and source) and every input and default.
 */
export interface SwdTraceResult extends FootprintResult {
  /** Total, in gCO2e. */
  readonly co2: Decimal;
  /** Whether the estimate is for green hosting. */
  readonly green: boolean;
  /**
   * gCO2e per segment (after the green-hosting factor and, per visit, the visit shares).
   * v3 keys: `device`, `network`, `dataCenter`, `production`; v4 keys: `deviceOperational`,
   * `networkOperational`, `dataCenterOperational`, `deviceEmbodied`, `networkEmbodied`, `dataCenterEmbodied`.
   */
  readonly segments: Readonly<Record<string, Decimal>>;
  /** SWD rating of `co2` on this version's scale. */
  readonly rating: SwdRating;
  /** Every variable used, in CO2.js's `variables` spirit. */
  readonly variables: SwdVariables;
}

/** The exact gCO2e per byte a configured model applies. */
export interface SwdCoefficients {
  /** gCO2e per byte transferred. */
  readonly perByte: Decimal;
  /** gCO2e per byte of page weight, per visit (per byte × visit shares). */
  readonly perVisit: Decimal;
}

/** A configured Sustainable Web Design model; build one with {@link sustainableWebDesign}. */
export interface SustainableWebDesignModel {
  /** The model version. */
  readonly version: SwdVersion;
  /**
   * gCO2e for transferring `bytes` (exact). Under one byte counts as zero, as in CO2.js.
   *
   * Each call returns a new Decimal, and allocating one costs more than CO2.js's whole floating-point
   * computation (v4: about 230 ns per call against 13–18 ns, `bench/swd-per-byte.ts`). For many transfers,
   * use {@link SustainableWebDesignModel.perByteTotal} (one exact total, about 5 ns per weight) or, for
   * a float per item (charts, live views), {@link SustainableWebDesignModel.perByteFloat}.
   */
  perByte(bytes: DecimalInput, green?: boolean): Decimal;
  /**
   * gCO2e for one visit of a page weighing `bytes`, with the visit shares of the options (exact).
   * Like `perByte`, one Decimal per call: for many pages, {@link SustainableWebDesignModel.perVisitTotal}
   * gives their exact total with one Decimal in all.
   */
  perVisit(bytes: DecimalInput, green?: boolean): Decimal;
  /** {@link SustainableWebDesignModel.perByte} with segments, rating and every variable used. */
  perByteTrace(bytes: DecimalInput, green?: boolean): SwdTraceResult;
  /** {@link SustainableWebDesignModel.perVisit} with segments, rating and every variable used. */
  perVisitTrace(bytes: DecimalInput, green?: boolean): SwdTraceResult;
  /**
   * Exact total gCO2e of many transfers: the byte counts are added up first (exactly) and multiplied
   * once, so the Decimal work does not grow with the number of transfers. Equal to the sum of
   * `perByte` over the list.
   */
  perByteTotal(weights: Iterable<DecimalInput>, green?: boolean): Decimal;
  /** Exact total gCO2e of many visits; equal to the sum of `perVisit` over the list. */
  perVisitTotal(weights: Iterable<DecimalInput>, green?: boolean): Decimal;
  /**
   * Floating-point gCO2e for `bytes`, for hot loops that only need a float (charts, live estimates):
   * one multiplication by the exact per-byte coefficient rounded once to a double, so the relative
   * error against {@link SustainableWebDesignModel.perByte} is at most about 2.3e-16. Not for reports.
   */
  perByteFloat(bytes: number, green?: boolean): number;
  /** The exact gCO2e per byte this model applies (per byte transferred and per byte of a visited page). */
  coefficients(green?: boolean): SwdCoefficients;
  /** The SWD rating of an amount of gCO2e per page view for this version. */
  rating(gramsPerView: DecimalInput): SwdRating;
}

const zShare = zNonNegativeDecimal.check(
  check((d: Decimal) => d.lessThanOrEqualTo(1), "NRS_SHARE_ABOVE_ONE", "Une part doit être comprise entre 0 et 1.", "A share must be between 0 and 1."),
);

// A number or a factor row; read (and refused with a precise code) by readGridIntensity.
const zIntensity = z.custom<GridIntensityInput>(() => true);

const OptionsSchema = z.strictObject({
  version: z.optional(z.literal([3, 4])),
  gridIntensity: z.optional(
    z.strictObject({
      device: z.optional(zIntensity),
      network: z.optional(zIntensity),
      dataCenter: z.optional(zIntensity),
    }),
  ),
  greenHostingFactor: z.optional(zShare),
  firstVisitShare: z.optional(zShare),
  returnVisitShare: z.optional(zShare),
  dataReloadRatio: z.optional(zShare),
});

const GB = new Exact(1e9);
const ONE = new Exact(1);
const ZERO = new Exact(0);

type Segments = Readonly<Record<string, ExactValue>>;

/** Everything that depends on the options and on `green` only, computed once. */
interface Prepared {
  /** gCO2e per GB, per segment. */
  readonly perGB: Segments;
  /** gCO2e per byte (sum of the segments / 1e9). */
  readonly perByte: ExactValue;
  readonly perVisit: ExactValue;
  /** `perByte` and `perVisit` in the user's Decimal, with their significant digits (see `directProduct`). */
  readonly perByteOut: Decimal;
  readonly perByteDigits: number;
  readonly perVisitOut: Decimal;
  readonly perVisitDigits: number;
  readonly perByteFloat: number;
  readonly gridIntensity: { device: ExactValue; network: ExactValue; dataCenter: ExactValue; embodied: ExactValue };
  readonly greenHostingFactor?: ExactValue;
  /** Operational (use-stage) energy per GB, kWh. */
  readonly opKWhPerGB: ExactValue;
  /** Which `perGB` keys are embodied (manufacturing stage). */
  readonly embodiedKeys: readonly string[];
}

/** JavaScript callers can pass anything as `green`; a non-boolean is refused rather than read as "not green". */
function notBoolean(green: unknown): never {
  throw new NrsError([
    {
      code: "NRS_INVALID_TYPE",
      severity: "error",
      path: ["green"],
      message: {
        fr: `green doit valoir true ou false (reçu ${String(green)}).`,
        en: `green must be true or false (got ${String(green)}).`,
      },
    },
  ]);
}

/**
 * `bytes × coefficient` straight in the user's Decimal constructor when that product cannot round: a
 * whole number of at most 15 digits times a coefficient of `digits` significant digits has at most
 * 15 + `digits` of them, so when that fits the constructor's current precision the product is exact.
 * Called on the coefficient, `times` makes one Decimal of the bytes and one of the result (on the bytes
 * it would also copy the coefficient), where the exact constructor takes three; `undefined` when the
 * shortcut does not apply (the caller then takes the exact path). The user's settings are read, never
 * changed.
 */
function directProduct(bytes: number, coefficient: Decimal, digits: number): Decimal | undefined {
  if (!Number.isInteger(bytes) || bytes >= 1e15) return undefined;
  const bytesDigits = bytes < 1e8 ? 8 : 15;
  return bytesDigits + digits <= Decimal.precision ? coefficient.times(bytes) : undefined;
}

function sum(values: Iterable<ExactValue>): ExactValue {
  let s = ZERO;
  for (const v of values) s = s.plus(v);
  return s;
}

/**
 * Builds a Sustainable Web Design model (version 3 or 4) that estimates the gCO2e of data transfer per
 * byte and per page visit, with optional green hosting and custom grid intensities. For the same options
 * the figures equal CO2.js 0.19.0's (`@tgwf/co2`), but in exact decimal arithmetic: the constants are
 * decimal strings and no step rounds (see `docs/methodology/footprint-network-cloud-web.md`).
 *
 * The model follows CO2.js where CO2.js makes a choice: transfers under one byte count as zero (except
 * v3 per visit, which CO2.js does not floor), v3 green hosting puts the data-centre segment at
 * 50 gCO2e/kWh, v4 green hosting removes the data centre's operational emissions only.
 *
 * Throws an `NrsError` with French and English messages on bad options or bytes (negative, NaN,
 * Infinity, a share above 1, v3 with `greenHostingFactor`, an unknown option).
 *
 * @example
 * ```ts
 * import { sustainableWebDesign } from "@nrs/footprint";
 * const swd = sustainableWebDesign({ version: 4 });
 * // 1 GB: (0.055 + 0.059 + 0.08 + 0.012 + 0.013 + 0.081) kWh × 494 g/kWh = 148.2 g
 * console.log(swd.perByte(1e9).toString()); // "148.2"
 * const fr = sustainableWebDesign({ version: 4, gridIntensity: { device: 46.1, network: 46.1, dataCenter: 46.1 } });
 * console.log(fr.perByteTrace(2_000_000, true).segments.dataCenterOperational?.toString()); // "0"
 * ```
 */
export function sustainableWebDesign(options: SustainableWebDesignOptions = {}): SustainableWebDesignModel {
  const parsed = safeParse(OptionsSchema, options, ["options"]);
  if (!parsed.ok) throw new NrsError(parsed.errors);
  const o = parsed.value;
  const version: SwdVersion = o.version ?? 4;
  if (version === 3 && o.greenHostingFactor !== undefined) {
    throw new NrsError([
      {
        code: "NRS_OPTION_NOT_IN_VERSION",
        severity: "error",
        path: ["options", "greenHostingFactor"],
        message: {
          fr: "greenHostingFactor n'existe que dans la version 4 du modèle SWD ; en version 3, passez green = true.",
          en: "greenHostingFactor exists only in version 4 of the SWD model; with version 3, pass green = true.",
        },
      },
    ]);
  }
  const k = version === 3 ? SWD_V3 : SWD_V4;
  const global = new Exact(k.globalGridIntensity);
  const problems: Problem[] = [];
  const given3 = (seg: "device" | "network" | "dataCenter") => {
    const v = o.gridIntensity?.[seg];
    if (v === undefined) return undefined;
    try {
      return readGridIntensity(v, "gCO2e/kWh", ["options", "gridIntensity", seg]);
    } catch (e) {
      if (!(e instanceof NrsError)) throw e;
      problems.push(...e.problems);
      return undefined;
    }
  };
  const givenIntensity = { device: given3("device"), network: given3("network"), dataCenter: given3("dataCenter") };
  if (problems.length > 0) throw new NrsError(problems);
  const device = givenIntensity.device?.value ?? global;
  const network = givenIntensity.network?.value ?? global;
  const dataCenter = givenIntensity.dataCenter?.value ?? global;
  const first = new Exact(o.firstVisitShare ?? k.firstVisitShare);
  const returning = new Exact(o.returnVisitShare ?? k.returnVisitShare);
  const reload = new Exact(o.dataReloadRatio ?? k.dataReloadRatio);
  // Per visit, a first visit loads the whole page and a returning one reloads a share of it.
  const visitMultiplier = first.plus(returning.times(reload));

  const prepare = (green: boolean): Prepared => {
    let perGB: Segments;
    let greenHostingFactor: ExactValue | undefined;
    let dcIntensity = dataCenter;
    if (version === 3) {
      const kwh = new Exact(SWD_V3.kWhPerGB);
      if (green) dcIntensity = new Exact(SWD_V3.renewablesGridIntensity);
      perGB = {
        device: kwh.times(SWD_V3.deviceShare).times(device),
        network: kwh.times(SWD_V3.networkShare).times(network),
        dataCenter: kwh.times(SWD_V3.dataCenterShare).times(dcIntensity),
        production: kwh.times(SWD_V3.productionShare).times(global),
      };
    } else {
      greenHostingFactor = green ? ONE : new Exact(o.greenHostingFactor ?? 0);
      perGB = {
        deviceOperational: new Exact(SWD_V4.operationalDevice).times(device),
        networkOperational: new Exact(SWD_V4.operationalNetwork).times(network),
        dataCenterOperational: new Exact(SWD_V4.operationalDataCenter).times(dataCenter).times(ONE.minus(greenHostingFactor)),
        deviceEmbodied: new Exact(SWD_V4.embodiedDevice).times(global),
        networkEmbodied: new Exact(SWD_V4.embodiedNetwork).times(global),
        dataCenterEmbodied: new Exact(SWD_V4.embodiedDataCenter).times(global),
      };
    }
    const perByte = sum(Object.values(perGB)).dividedBy(GB);
    const perVisit = perByte.times(visitMultiplier);
    const opKWhPerGB =
      version === 3
        ? new Exact(SWD_V3.kWhPerGB).times(new Exact(SWD_V3.deviceShare).plus(SWD_V3.networkShare).plus(SWD_V3.dataCenterShare))
        : new Exact(SWD_V4.operationalDataCenter).plus(SWD_V4.operationalNetwork).plus(SWD_V4.operationalDevice);
    return {
      perGB,
      opKWhPerGB,
      embodiedKeys: version === 3 ? ["production"] : ["deviceEmbodied", "networkEmbodied", "dataCenterEmbodied"],
      perByte,
      perVisit,
      perByteOut: out(perByte),
      perByteDigits: perByte.sd(),
      perVisitOut: out(perVisit),
      perVisitDigits: perVisit.sd(),
      perByteFloat: perByte.toNumber(),
      gridIntensity: { device, network, dataCenter: dcIntensity, embodied: global },
      ...(greenHostingFactor === undefined ? {} : { greenHostingFactor }),
    };
  };
  const grey = prepare(false);
  const greenP = prepare(true);
  const pick = (green: boolean | undefined) => (green === true ? greenP : green === false || green === undefined ? grey : notBoolean(green));
  const visitFloors = version === 4;

  const counted = (bytes: ExactValue, floor: boolean) => (floor && bytes.lessThan(ONE) ? ZERO : bytes);

  const ratingOf = (grams: Decimal): SwdRating => {
    for (const [r, limit] of SWD_RATINGS[version]) if (grams.lessThanOrEqualTo(limit)) return r;
    return "F";
  };

  const trace = (bytesIn: DecimalInput, green: boolean, perVisit: boolean): SwdTraceResult => {
    const bytes = nonNegative(bytesIn, ["bytes"]);
    const p = pick(green);
    const b = counted(bytes, perVisit ? visitFloors : true);
    const factor = b.dividedBy(GB).times(perVisit ? visitMultiplier : ONE);
    const segments: Record<string, Decimal> = {};
    let total = ZERO;
    for (const [key, g] of Object.entries(p.perGB)) {
      const v = g.times(factor);
      segments[key] = out(v);
      total = total.plus(v);
    }
    const co2 = out(total);
    let embodied = ZERO;
    for (const key of p.embodiedKeys) embodied = embodied.plus(p.perGB[key]!.times(factor));
    const entries: ImpactEntry[] = [
      { criterion: "gwp", stage: "use", value: out(total.minus(embodied).dividedBy(1000)) },
      { criterion: "gwp", stage: "manufacturing", value: out(embodied.dividedBy(1000)) },
      { criterion: "energy", stage: "use", value: out(p.opKWhPerGB.times(factor)) },
    ];
    return {
      co2,
      green,
      segments,
      rating: ratingOf(co2),
      impacts: impactTable(entries),
      trace: traceOf(bytes, b, green, perVisit),
      variables: {
        model: "sustainable-web-design",
        version,
        bytes: out(bytes),
        bytesCounted: out(b),
        gridIntensity: {
          device: out(p.gridIntensity.device),
          network: out(p.gridIntensity.network),
          dataCenter: out(p.gridIntensity.dataCenter),
          embodied: out(p.gridIntensity.embodied),
        },
        ...(p.greenHostingFactor === undefined ? {} : { greenHostingFactor: out(p.greenHostingFactor) }),
        ...(perVisit
          ? { firstVisitShare: out(first), returnVisitShare: out(returning), dataReloadRatio: out(reload) }
          : {}),
        source: SWD_SOURCE,
      },
    };
  };

  const traceOf = (bytes: ExactValue, counted: ExactValue, green: boolean, perVisit: boolean) => {
    const src = SWD_SOURCE.name;
    const tc = (c: Parameters<typeof tracedConstant>[0]) => tracedConstant(c, "@tgwf/co2", "0.19.0", src);
    const k = SWD_TRACE_CONSTANTS[version];
    const factors: TracedFactor[] = [...k.energy.map(tc), tc(k.global)];
    const values: TracedValue[] = [given("bytes", bytes.toFixed(), "B")];
    const notes: Message[] = [];
    if (!counted.equals(bytes)) {
      notes.push(msg("Moins d'un octet : compté comme zéro, comme dans CO2.js.", "Under one byte: counted as zero, as in CO2.js."));
    }
    const globalReason = msg(
      `Intensité mondiale du modèle SWD v${version} (${k.global.value} gCO2e/kWh).`,
      `Global intensity of the SWD v${version} model (${k.global.value} gCO2e/kWh).`,
    );
    for (const seg of ["device", "network", "dataCenter"] as const) {
      const name = `gridIntensity.${seg}`;
      if (seg === "dataCenter" && version === 3 && green) {
        factors.push(tc(SWD_TRACE_CONSTANTS[3].renewables));
        values.push(defaulted(name, SWD_V3.renewablesGridIntensity, msg("Hébergement vert : intensité des renouvelables du modèle.", "Green hosting: the model's renewables intensity."), "gCO2e/kWh", "elec-co2js-renewables"));
      } else if (givenIntensity[seg] !== undefined) {
        const g = givenIntensity[seg];
        values.push({ ...given(name, g.value.toFixed(), "gCO2e/kWh"), ...(g.factor ? { factorId: g.factor.id } : {}) });
        if (g.factor && !factors.some((f) => f.id === g.factor!.id && f.pack === g.factor!.pack)) factors.push(g.factor);
      } else values.push(defaulted(name, k.global.value, globalReason, "gCO2e/kWh", k.global.id));
    }
    if (version === 4) {
      if (green) values.push(defaulted("greenHostingFactor", "1", msg("green = true : tout le centre de données est alimenté en énergie verte.", "green = true: the whole data centre runs on green energy.")));
      else if (o.greenHostingFactor !== undefined) values.push(given("greenHostingFactor", o.greenHostingFactor.toFixed()));
      else values.push(defaulted("greenHostingFactor", "0", msg("Pas d'hébergement vert déclaré.", "No green hosting declared.")));
    }
    if (perVisit) {
      for (const [name, opt, value] of [
        ["firstVisitShare", o.firstVisitShare, first],
        ["returnVisitShare", o.returnVisitShare, returning],
        ["dataReloadRatio", o.dataReloadRatio, reload],
      ] as const) {
        if (opt !== undefined) values.push(given(name, opt.toFixed()));
        else if (version === 3) {
          const c = SWD_TRACE_CONSTANTS[3].visit[name];
          factors.push(tc(c));
          values.push(defaulted(name, value.toFixed(), msg("Valeur par défaut du modèle SWD v3.", "Default of the SWD v3 model."), undefined, c.id));
        } else values.push(defaulted(name, value.toFixed(), msg("Valeur par défaut du modèle SWD v4 (chaque visite est une première visite).", "Default of the SWD v4 model (every visit is a first visit).")));
      }
    }
    return { factors, values, notes };
  };

  const total = (weights: Iterable<DecimalInput>, coefficient: ExactValue, floor: boolean): Decimal => {
    // Whole byte counts are added as doubles while the sum stays a safe integer (exact); anything else
    // (fractions, strings, Decimals, huge sums) goes through the exact constructor.
    let fast = 0;
    let slow = ZERO;
    let i = 0;
    for (const w of weights) {
      if (typeof w === "number" && Number.isInteger(w) && w >= 1) {
        const next = fast + w;
        if (next <= Number.MAX_SAFE_INTEGER) {
          fast = next;
          i++;
          continue;
        }
      }
      const b = nonNegative(w, ["weights", i]);
      slow = slow.plus(counted(b, floor));
      i++;
    }
    return out(slow.plus(fast).times(coefficient));
  };

  return {
    version,
    perByte(bytes, green) {
      const p = pick(green);
      // Short paths for the common case, a plain byte count of at least one.
      if (typeof bytes === "number" && bytes >= 1 && bytes !== Infinity) {
        return directProduct(bytes, p.perByteOut, p.perByteDigits) ?? out(new Exact(bytes).times(p.perByte));
      }
      const b = nonNegative(bytes, ["bytes"]);
      return b.lessThan(ONE) ? new Decimal(0) : out(b.times(p.perByte));
    },
    perVisit(bytes, green) {
      const p = pick(green);
      if (typeof bytes === "number" && bytes >= 1 && bytes !== Infinity) {
        return directProduct(bytes, p.perVisitOut, p.perVisitDigits) ?? out(new Exact(bytes).times(p.perVisit));
      }
      return out(counted(nonNegative(bytes, ["bytes"]), visitFloors).times(p.perVisit));
    },
    perByteTrace: (bytes, green = false) => trace(bytes, pick(green) === greenP, false),
    perVisitTrace: (bytes, green = false) => trace(bytes, pick(green) === greenP, true),
    perByteTotal: (weights, green) => total(weights, pick(green).perByte, true),
    perVisitTotal: (weights, green) => total(weights, pick(green).perVisit, visitFloors),
    perByteFloat(bytes, green) {
      if (!(bytes >= 0) || bytes === Infinity) nonNegative(bytes, ["bytes"]);
      return bytes < 1 ? 0 : bytes * pick(green).perByteFloat;
    },
    coefficients(green) {
      const p = pick(green);
      return { perByte: out(p.perByte), perVisit: out(p.perVisit) };
    },
    rating(grams) {
      return ratingOf(out(nonNegative(grams, ["gramsPerView"])));
    },
  };
}
