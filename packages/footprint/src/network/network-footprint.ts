import { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { definedProps, Exact, msg, NrsError, out, safeParse, zNonNegativeDecimal, type DecimalInput, type ExactValue } from "@nrs/core";
import { findFactor, listFactors, traceFactor } from "../packs/factor-query.js";
import type { FactorPack, FactorRow } from "../packs/factor-pack.js";
import type { FootprintResult } from "../footprint-result.js";
import { CRITERIA, CRITERION_UNITS, type Criterion, type Stage } from "../impact/criteria.js";
import { impactTable, type ImpactEntry } from "../impact.js";
import type { TracedFactor, TracedValue } from "../trace.js";
import { convertQuantity, isUnit, UNITS, type Unit } from "../units.js";

/**
 * The network types {@link computeNetworkFootprint} knows, and the factor-pack item each one reads.
 * The French rows ship in the default pack (NegaOctet figures republished by ADEME,
 * `FACTORS.md` §3.3); the European ones are in `factors.csv` too and are read from any pack that carries
 * those items (a missing one is reported, never replaced by zero).
 *
 * @example
 * ```ts
 * import { NETWORK_TYPES } from "@nrs/footprint";
 * console.log(NETWORK_TYPES["fixed-FR"]); // "reseau_fixe_FR"
 * ```
 */
export const NETWORK_TYPES = {
  /** French fixed network, Internet box included. */
  "fixed-FR": "reseau_fixe_FR",
  /** French fixed network, Internet box excluded (count the box as a device). */
  "fixed-FR-excl-box": "reseau_fixe_hors_box_FR",
  /** French mobile network. */
  "mobile-FR": "reseau_mobile_FR",
  /** European fixed network, Internet box included. */
  "fixed-EU": "reseau_fixe_EU",
  /** European fixed network, box excluded. */
  "fixed-EU-excl-box": "reseau_fixe_hors_box_EU",
  /** European mobile network. */
  "mobile-EU": "reseau_mobile_EU",
} as const;

/** A key of {@link NETWORK_TYPES}. */
export type NetworkType = keyof typeof NETWORK_TYPES;

/** Data units a volume may be given in (SI: 1 GB = 10⁹ bytes). */
export type DataUnit = "B" | "kB" | "MB" | "GB" | "TB";

/** One volume of data carried over one type of network. */
export interface NetworkFlow {
  /** A {@link NetworkType}, or any pack item whose factors are per unit of data (e.g. your own `reseau_wifi_campus`). */
  readonly network: NetworkType | (string & {});
  /** Amount of data, in `unit`. */
  readonly volume: DecimalInput;
  /** Unit of `volume`; GB by default. */
  readonly unit?: DataUnit;
  /** Free label, kept in the trace (e.g. `visioconférence`). */
  readonly label?: string;
}

/** Input of {@link computeNetworkFootprint}. */
export interface NetworkFootprintInput {
  /** The volumes to account for. */
  readonly flows: readonly NetworkFlow[];
  /** The factor pack to read per-GB factors from (e.g. `defaultFactorPack`). */
  readonly pack: FactorPack;
  /** Use the most recent factor of this year or before; the most recent of all when absent. */
  readonly year?: number;
}

/** The footprint of one network flow. */
export interface NetworkFlowFootprint extends FootprintResult {
  /** The network as given. */
  readonly network: string;
  /** The volume converted to GB (SI). */
  readonly volumeGB: Decimal;
}

/** The footprint of a set of network flows: the sum, and each flow's own result. */
export interface NetworkFootprintResult extends FootprintResult {
  /** One result per flow, in input order. */
  readonly flows: readonly NetworkFlowFootprint[];
}

const DATA_UNITS = ["B", "kB", "MB", "GB", "TB"] as const;

const InputSchema = z.strictObject({
  flows: z.array(
    z.strictObject({
      network: z.string().check(z.minLength(1)),
      volume: zNonNegativeDecimal,
      unit: z.optional(z.enum(DATA_UNITS)),
      label: z.optional(z.string()),
    }),
  ),
  pack: z.custom<FactorPack>((p) => typeof p === "object" && p !== null && Array.isArray((p as FactorPack).rows), {
    message: "A factor pack is expected",
    params: {
      nrs: {
        code: "NRS_PACK_MISSING",
        fr: "Un jeu de facteurs (pack) est attendu, par exemple defaultFactorPack.",
        en: "A factor pack is expected, e.g. defaultFactorPack.",
      },
    },
  }),
  year: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2200))),
});

/** Splits a factor unit such as `kgCO2e/GB` into its impact and data units, or says why it cannot. */
function perDataUnit(row: FactorRow, criterion: Criterion): { impact: Unit; data: DataUnit } | undefined {
  const [num, den, extra] = row.unit.split("/");
  if (num === undefined || den === undefined || extra !== undefined) return undefined;
  if (!isUnit(num) || !(DATA_UNITS as readonly string[]).includes(den)) return undefined;
  if (UNITS[num].dimension !== UNITS[CRITERION_UNITS[criterion]].dimension) return undefined;
  return { impact: num, data: den as DataUnit };
}

function toGB(volume: Decimal, unit: DataUnit): Decimal {
  return convertQuantity({ value: volume, unit }, "GB").value;
}

/**
 * Computes the footprint of data carried over networks: for each flow, the volume (converted to GB)
 * times every per-volume factor the pack has for that network — one cell per criterion and lifecycle
 * stage the pack provides (the default French pack gives GWP; a pack with more criteria gives more) —
 * with min/max from the factor's range when it has one. Exact decimals throughout; the result adds up
 * exactly to the sum of the flows.
 *
 * The French fixed and mobile figures are NegaOctet data republished by ADEME (9.27 and 24.68 gCO2e/GB,
 * `FACTORS.md` §3.3): check ADEME's terms before republishing them. For a global, fully open
 * per-byte model use {@link sustainableWebDesign} instead.
 *
 * Throws an `NrsError` (French and English) on a negative or non-numeric volume, an unknown data unit,
 * or a network for which the pack has no per-volume factor (`NRS_FACTOR_NOT_FOUND`, naming the item and
 * the pack).
 *
 * @example
 * ```ts
 * import { computeNetworkFootprint, defineFactorPack } from "@nrs/footprint";
 * const pack = defineFactorPack({
 *   id: "exemple", version: "1", title: { fr: "Exemple", en: "Example" },
 *   rows: [{ id: "fixe", item: "reseau_fixe_FR", criterion: "gwp", stage: "use", value: "0.00926934695867389",
 *     unit: "kgCO2e/GB", source: "ADEME (NegaOctet)", year: 2022, geography: "FR", licence: "ADEME" }],
 * });
 * const r = computeNetworkFootprint({ pack, flows: [{ network: "fixed-FR", volume: 1000, unit: "GB" }] });
 * console.log(r.impacts.gwp?.use?.value.toString()); // "9.26934695867389"
 * ```
 */
export function computeNetworkFootprint(input: NetworkFootprintInput): NetworkFootprintResult {
  const parsed = safeParse(InputSchema, input);
  if (!parsed.ok) throw new NrsError(parsed.errors);
  const { flows, pack, year } = parsed.value;
  const results: NetworkFlowFootprint[] = [];
  const allFactors = new Map<string, TracedFactor>();
  const allValues: TracedValue[] = [];
  const totals = new Map<string, { criterion: Criterion; stage: Stage; value: ExactValue; min: ExactValue; max: ExactValue }>();

  flows.forEach((flow, i) => {
    const item = (NETWORK_TYPES as Record<string, string>)[flow.network] ?? flow.network;
    const unit = flow.unit ?? "GB";
    const gb = toGB(flow.volume, unit);
    const entries: ImpactEntry[] = [];
    const factors: TracedFactor[] = [];
    const values: TracedValue[] = [
      { name: `flows.${i}.volume`, value: flow.volume.toFixed(), unit, origin: "input", subject: flow.label ?? flow.network },
    ];
    if (flow.unit === undefined) {
      values.push({
        name: `flows.${i}.unit`,
        value: "GB",
        origin: "default",
        reason: msg("Unité par défaut : Go.", "Default unit: GB."),
        subject: flow.label ?? flow.network,
      });
    }
    const seen = new Set<string>();
    for (const candidate of listFactors(pack, { item })) {
      const criterion = candidate.criterion as Criterion;
      if (!(CRITERIA as readonly string[]).includes(criterion) || candidate.stage === undefined) continue;
      const key = `${criterion}\u0000${candidate.stage}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = findFactor(pack, { item, criterion, stage: candidate.stage, ...definedProps({ year }) });
      if (row === undefined) continue;
      const units = perDataUnit(row, criterion);
      if (units === undefined) continue;
      // factor per `units.data` → per GB, then the impact unit → the criterion's unit.
      const gbPerDataUnit = toGB(new Decimal(1), units.data); // a power of ten: the division is exact
      const perGB = (x: Decimal) =>
        convertQuantity({ value: out(new Exact(x).dividedBy(gbPerDataUnit)), unit: units.impact }, CRITERION_UNITS[criterion]).value;
      const scale = (x: Decimal) => new Exact(perGB(x)).times(gb);
      const v = scale(row.value);
      const lo = row.min === undefined ? v : scale(row.min);
      const hi = row.max === undefined ? v : scale(row.max);
      entries.push({ criterion, stage: row.stage!, value: out(v), min: out(lo), max: out(hi) });
      const t = totals.get(key);
      totals.set(
        key,
        t === undefined
          ? { criterion, stage: row.stage!, value: v, min: lo, max: hi }
          : { ...t, value: t.value.plus(v), min: t.min.plus(lo), max: t.max.plus(hi) },
      );
      const traced = traceFactor(row);
      factors.push(traced);
      allFactors.set(`${row.pack}\u0000${row.packVersion}\u0000${row.id}`, traced);
    }
    if (entries.length === 0) {
      const known = Object.entries(NETWORK_TYPES)
        .filter(([, it]) => listFactors(pack, { item: it }).length > 0)
        .map(([k]) => k)
        .join(", ");
      throw new NrsError([
        {
          code: "NRS_FACTOR_NOT_FOUND",
          severity: "error",
          path: ["flows", i, "network"],
          message: {
            fr: `Aucun facteur par volume de données pour le réseau « ${flow.network} » (élément ${item}) dans le jeu ${pack.id}@${pack.version}${year === undefined ? "" : ` (année ≤ ${year})`}. Réseaux disponibles : ${known || "aucun"}.`,
            en: `No per-data-volume factor for network "${flow.network}" (item ${item}) in pack ${pack.id}@${pack.version}${year === undefined ? "" : ` (year ≤ ${year})`}. Available networks: ${known || "none"}.`,
          },
        },
      ]);
    }
    allValues.push(...values);
    results.push({ network: flow.network, volumeGB: gb, impacts: impactTable(entries), trace: { factors, values, notes: [] } });
  });

  const entries: ImpactEntry[] = [...totals.values()].map((t) => ({
    criterion: t.criterion,
    stage: t.stage,
    value: out(t.value),
    min: out(t.min),
    max: out(t.max),
  }));
  return { impacts: impactTable(entries), trace: { factors: [...allFactors.values()], values: allValues, notes: [] }, flows: results };
}
