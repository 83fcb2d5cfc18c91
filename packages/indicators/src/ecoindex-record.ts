import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { check, zNonNegativeDecimal, type CsvInput, type WithDecimalInputs } from "@nrs/core";
import { zDecimalAtMost } from "./bounded-decimal.js";
import { readRecordsCsv, type RecordsCsvOptions, type RecordsParseResult } from "./records-csv.js";
import { zIsoDate, type ColumnSpec, ENTITY_COLUMN } from "./record-cells.js";

// Far above the last quantile of the EcoIndex grid, which already gives 0.
/**
 * zod/mini schema of an EcoIndex measurement (a line of `ecoindex.csv`): either the `score` (0–100)
 * given by a tool, or the three inputs (`dom`, `requests`, `sizeKb`) from which `@nrs/footprint`'s
 * `ecoIndex` computes it.
 *
 * @example
 * ```ts
 * import { safeParse } from "@nrs/core";
 * import { EcoIndexMeasurementSchema } from "@nrs/indicators";
 * const r = safeParse(EcoIndexMeasurementSchema, { url: "https://x.fr/", date: "2024-05-02", dom: 100 });
 * console.log(r.ok ? "ok" : r.errors[0]?.code); // NRS_ECOINDEX_INPUTS
 * ```
 */
export const EcoIndexMeasurementSchema = z
  .object({
    /** `epci` or an INSEE code; absent means the EPCI. */
    entity: z.optional(z.string().check(z.minLength(1))),
    /** Address of the page measured. */
    url: z.string().check(z.minLength(1)),
    /** Measurement date: the latest one of a page within the year counts. */
    date: zIsoDate,
    /** EcoIndex score, 0–100, as given by a tool. */
    score: z.optional(
      zNonNegativeDecimal.check(
        check(
          (d: Decimal) => d.lte(100),
          "NRS_ECOINDEX_SCORE_RANGE",
          "Le score EcoIndex va de 0 à 100.",
          "The EcoIndex score ranges from 0 to 100.",
        ),
      ),
    ),
    /** Number of DOM elements (when the score is to be computed), at most 10^7. */
    dom: z.optional(
      zDecimalAtMost(1e7, "Nombre d'éléments du DOM invraisemblable (plus de 10^7).", "Implausible number of DOM elements (over 10^7)."),
    ),
    /** Number of HTTP requests, at most 10^6. */
    requests: z.optional(
      zDecimalAtMost(1e6, "Nombre de requêtes invraisemblable (plus de 10^6).", "Implausible number of requests (over 10^6)."),
    ),
    /** Page weight with its resources, KB, at most 10^9 (a terabyte). */
    sizeKb: z.optional(zDecimalAtMost(1e9, "Poids de page invraisemblable (plus de 10^9 Ko).", "Implausible page weight (over 10^9 KB).")),
  })
  .check(
    check(
      (m: { score?: unknown; dom?: unknown; requests?: unknown; sizeKb?: unknown }) =>
        m.score !== undefined || (m.dom !== undefined && m.requests !== undefined && m.sizeKb !== undefined),
      "NRS_ECOINDEX_INPUTS",
      "Il faut le score, ou les trois mesures (éléments DOM, requêtes, poids en Ko).",
      "Either the score or the three measures (DOM elements, requests, size in KB) are needed.",
    ),
  );

/**
 * An EcoIndex measurement of a page.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { EcoIndexMeasurementRecord } from "@nrs/indicators";
 * const m: EcoIndexMeasurementRecord = { url: "https://www.val-de-fictive.fr/", date: "2025-06-10", dom: new Decimal(412), requests: new Decimal(51), sizeKb: new Decimal(1650) };
 * console.log(m.url);
 * ```
 */
export interface EcoIndexMeasurementRecord {
  /** `epci` or an INSEE code; absent means the EPCI. */
  readonly entity?: string;
  /** Address of the page measured. */
  readonly url: string;
  /** Measurement date: the latest one of a page within the year counts. */
  readonly date: string;
  /** EcoIndex score, 0–100, as given by a tool. */
  readonly score?: Decimal;
  /** Number of DOM elements (when the score is to be computed). */
  readonly dom?: Decimal;
  /** Number of HTTP requests. */
  readonly requests?: Decimal;
  /** Page weight with its resources, KB. */
  readonly sizeKb?: Decimal;
  /** CSV line (absent for JSON input). */
  readonly line?: number;
}

/**
 * An EcoIndex measurement as `computeIndicators` takes it: an {@link EcoIndexMeasurementRecord} whose
 * figures may be numbers or decimal strings (checked and converted with the record's path).
 *
 * @example
 * ```ts
 * import { computeIndicators, type EcoIndexMeasurementRecordInput } from "@nrs/indicators";
 * const m: EcoIndexMeasurementRecordInput = { url: "https://www.val-de-fictive.fr/", date: "2025-06-10", score: 72 };
 * const r = computeIndicators({ ecoindex: [m] }, { year: 2025 });
 * console.log(r.values.find((v) => v.code === "ecoindex-moyen")?.value.toString()); // 72
 * ```
 */
export type EcoIndexMeasurementRecordInput = WithDecimalInputs<EcoIndexMeasurementRecord>;

/** The columns the parser reads; also described publicly by `RECORDS_CSV_COLUMNS`. @internal */
export const COLUMNS: readonly ColumnSpec[] = [
  ENTITY_COLUMN,
  { key: "url", names: ["url", "page"], kind: "text", required: true },
  { key: "date", names: ["date", "date_mesure", "measured_on"], kind: "date", required: true },
  { key: "score", names: ["score", "ecoindex"], kind: "decimal" },
  { key: "dom", names: ["elements_dom", "dom"], kind: "decimal" },
  { key: "requests", names: ["requetes", "requests"], kind: "decimal" },
  { key: "sizeKb", names: ["poids_ko", "size_kb"], kind: "decimal" },
];

/**
 * Reads `ecoindex.csv`: `entite`, `url`, `date`, `score`, `elements_dom`, `requetes`, `poids_ko`
 * (English aliases `entity`, `url`, `date`, `score`, `dom`, `requests`, `size_kb`).
 *
 * @example
 * ```ts
 * import { parseEcoIndexCsv } from "@nrs/indicators";
 * const r = await parseEcoIndexCsv("url;date;score\nhttps://val.fr/;2024-06-01;62,5\nhttps://val.fr/a;2024-06-01;120\n");
 * console.log(r.records[0]?.score?.toString(), r.problems[0]?.code); // 62.5 NRS_ECOINDEX_SCORE_RANGE
 * ```
 */
export async function parseEcoIndexCsv(
  input: CsvInput,
  options: RecordsCsvOptions = {},
): Promise<RecordsParseResult<EcoIndexMeasurementRecord>> {
  return readRecordsCsv<EcoIndexMeasurementRecord>(input, COLUMNS, EcoIndexMeasurementSchema, options);
}
