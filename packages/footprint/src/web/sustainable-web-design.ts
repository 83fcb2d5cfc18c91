import { Decimal } from "decimal.js";
import * as z from "zod/mini";
import {
  definedProps,
  check,
  Exact,
  NrsError,
  out,
  safeParse,
  zNonNegativeDecimal,
  type DecimalInput,
  type ExactValue,
  type Problem,
} from "@nrs/core";
import type { GridIntensityInput } from "../grid-intensity.js";
import { nonNegative } from "../non-negative.js";
import { readGridIntensity } from "../read-grid-intensity.js";
import { coefficient, type Coefficient } from "./exact-product.js";
import { lazyProduct } from "./lazy-product.js";
import { swdTrace, type TraceContext } from "./swd-trace.js";
import type { SustainableWebDesignModel, SustainableWebDesignOptions, SwdRating, SwdVersion } from "./swd-types.js";
import { SWD_VERSION_3 } from "./swd-v3.js";
import { SWD_VERSION_4 } from "./swd-v4.js";
import type { SwdVersionModel, VersionSegments } from "./swd-version.js";

export type {
  SustainableWebDesignModel,
  SustainableWebDesignOptions,
  SwdCoefficients,
  SwdRating,
  SwdTraceResult,
  SwdVariables,
  SwdVersion,
} from "./swd-types.js";

/** The versions of the model, side by side: adding one is one entry (and its file). */
const VERSIONS: Readonly<Record<SwdVersion, SwdVersionModel>> = { 3: SWD_VERSION_3, 4: SWD_VERSION_4 };

const zShare = zNonNegativeDecimal.check(
  check(
    (d: Decimal) => d.lessThanOrEqualTo(1),
    "NRS_SHARE_ABOVE_ONE",
    "Une part doit être comprise entre 0 et 1.",
    "A share must be between 0 and 1.",
  ),
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

/** Everything that depends on the options and on `green` only, computed once. */
interface Prepared {
  readonly segments: VersionSegments;
  /** gCO2e per byte (sum of the segments / 1e9) and per byte of a visited page. */
  readonly perByte: ExactValue;
  readonly perVisit: ExactValue;
  /** The same, ready for the word-by-word exact product. */
  readonly perByteFast: Coefficient;
  readonly perVisitFast: Coefficient;
  readonly perByteFloat: number;
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

function readIntensities(
  gridIntensity: Partial<Record<"device" | "network" | "dataCenter", GridIntensityInput | undefined>> | undefined,
): TraceContext["givenIntensity"] {
  const problems: Problem[] = [];
  const read = (seg: "device" | "network" | "dataCenter") => {
    const v = gridIntensity?.[seg];
    if (v === undefined) return undefined;
    try {
      return readGridIntensity(v, "gCO2e/kWh", ["options", "gridIntensity", seg]);
    } catch (e) {
      if (!(e instanceof NrsError)) throw e;
      problems.push(...e.problems);
      return undefined;
    }
  };
  const given = { device: read("device"), network: read("network"), dataCenter: read("dataCenter") };
  if (problems.length > 0) throw new NrsError(problems);
  return given;
}

// A positive coefficient for the fast path; a zero one (all intensities 0) never takes it.
const fastCoefficient = (c: ExactValue): Coefficient => (c.isZero() ? { words: [], wordExponent: 0, exact: out(c) } : coefficient(out(c)));

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
  const model = VERSIONS[o.version ?? 4];
  const greenHostingFactor = o.greenHostingFactor === undefined ? undefined : new Exact(o.greenHostingFactor);
  const refused = model.refuseOption(greenHostingFactor);
  if (refused !== undefined) throw new NrsError([refused]);
  const global = new Exact(model.globalGridIntensity);
  const givenIntensity = readIntensities(o.gridIntensity);
  const device = givenIntensity.device?.value ?? global;
  const network = givenIntensity.network?.value ?? global;
  const dataCenter = givenIntensity.dataCenter?.value ?? global;
  const visitGiven = definedProps({
    firstVisitShare: o.firstVisitShare === undefined ? undefined : new Exact(o.firstVisitShare),
    returnVisitShare: o.returnVisitShare === undefined ? undefined : new Exact(o.returnVisitShare),
    dataReloadRatio: o.dataReloadRatio === undefined ? undefined : new Exact(o.dataReloadRatio),
  });
  const visit = {
    firstVisitShare: visitGiven.firstVisitShare ?? new Exact(model.visitDefaults.firstVisitShare),
    returnVisitShare: visitGiven.returnVisitShare ?? new Exact(model.visitDefaults.returnVisitShare),
    dataReloadRatio: visitGiven.dataReloadRatio ?? new Exact(model.visitDefaults.dataReloadRatio),
  };
  // Per visit, a first visit loads the whole page and a returning one reloads a share of it.
  const visitMultiplier = visit.firstVisitShare.plus(visit.returnVisitShare.times(visit.dataReloadRatio));

  const prepare = (green: boolean): Prepared => {
    const segments = model.segments({ device, network, dataCenter, global }, green, greenHostingFactor);
    let sum = ZERO;
    for (const v of Object.values(segments.perGB)) sum = sum.plus(v);
    const perByte = sum.dividedBy(GB);
    const perVisit = perByte.times(visitMultiplier);
    return {
      segments,
      perByte,
      perVisit,
      perByteFast: fastCoefficient(perByte),
      perVisitFast: fastCoefficient(perVisit),
      perByteFloat: perByte.toNumber(),
    };
  };
  const grey = prepare(false);
  const greenP = prepare(true);
  const pick = (green: boolean | undefined) =>
    green === true ? greenP : green === false || green === undefined ? grey : notBoolean(green);
  const counted = (bytes: ExactValue, floor: boolean) => (floor && bytes.lessThan(ONE) ? ZERO : bytes);
  const rating = (grams: Decimal): SwdRating => {
    for (const [r, limit] of model.ratings) if (grams.lessThanOrEqualTo(limit)) return r;
    return "F";
  };
  const context: TraceContext = {
    model,
    intensities: { device, network, dataCenter, embodied: global },
    givenIntensity,
    greenHostingFactor,
    visit,
    visitGiven,
    rating,
  };
  const trace = (bytesIn: DecimalInput, green: boolean, perVisit: boolean) => {
    const bytes = nonNegative(bytesIn, ["bytes"]);
    return swdTrace(context, pick(green).segments, bytes, counted(bytes, perVisit ? model.visitFloors : true), green, perVisit);
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
      slow = slow.plus(counted(nonNegative(w, ["weights", i]), floor));
      i++;
    }
    return out(slow.plus(fast).times(coefficient));
  };

  return {
    version: model.version,
    perByte(bytes, green) {
      const p = pick(green);
      // The common case, a whole byte count, gives the exact product computed when first read.
      if (typeof bytes === "number") {
        const fast = lazyProduct(bytes, p.perByteFast);
        if (fast !== undefined) return fast;
      }
      const b = nonNegative(bytes, ["bytes"]);
      return b.lessThan(ONE) ? new Decimal(0) : out(b.times(p.perByte));
    },
    perVisit(bytes, green) {
      const p = pick(green);
      if (typeof bytes === "number") {
        const fast = lazyProduct(bytes, p.perVisitFast);
        if (fast !== undefined) return fast;
      }
      return out(counted(nonNegative(bytes, ["bytes"]), model.visitFloors).times(p.perVisit));
    },
    perByteTrace: (bytes, green = false) => trace(bytes, pick(green) === greenP, false),
    perVisitTrace: (bytes, green = false) => trace(bytes, pick(green) === greenP, true),
    perByteTotal: (weights, green) => total(weights, pick(green).perByte, true),
    perVisitTotal: (weights, green) => total(weights, pick(green).perVisit, model.visitFloors),
    perByteFloat(bytes, green) {
      if (!(bytes >= 0) || bytes === Infinity) nonNegative(bytes, ["bytes"]);
      return bytes < 1 ? 0 : bytes * pick(green).perByteFloat;
    },
    coefficients(green) {
      const p = pick(green);
      return { perByte: out(p.perByte), perVisit: out(p.perVisit) };
    },
    rating(grams) {
      return rating(out(nonNegative(grams, ["gramsPerView"])));
    },
  };
}
