import * as z from "zod/mini";
import { check, type CsvInput } from "@nrs/core";
import { readRecordsCsv, type RecordsCsvOptions, type RecordsParseResult } from "./records-csv.js";
import { zIsoDate, type ColumnSpec, ENTITY_COLUMN } from "./record-cells.js";
import { RGESN_CRITERIA } from "./rgesn-criteria.js";
import { parseRgesnStatus, type RgesnStatus } from "./rgesn-score.js";

/**
 * zod/mini schema of one line of an RGESN evaluation (`rgesn.csv`, long format: one line per service,
 * evaluation date and criterion).
 *
 * @example
 * ```ts
 * import { safeParse } from "@nrs/core";
 * import { RgesnEvaluationSchema } from "@nrs/indicators";
 * const r = safeParse(RgesnEvaluationSchema, { service: "site", date: "2024-05-02", criterion: "10.1", status: "VALIDE" });
 * console.log(r.ok ? "ok" : r.errors[0]?.path); // ["criterion"]
 * ```
 */
export const RgesnEvaluationSchema = z.object({
  /** `epci` or an INSEE code; absent means the EPCI. */
  entity: z.optional(z.string().check(z.minLength(1))),
  /** Name or identifier of the digital service. */
  service: z.string().check(z.minLength(1)),
  /** Evaluation date: the latest evaluation of a service within the year is the one scored. */
  date: zIsoDate,
  /** Criterion id, e.g. `4.1`. */
  criterion: z
    .string()
    .check(
      check(
        (id: string) => RGESN_CRITERIA.some((c) => c.id === id),
        "NRS_RGESN_UNKNOWN_CRITERION",
        "Critère RGESN 2024 inconnu (identifiants 1.1 à 9.7).",
        "Unknown RGESN 2024 criterion (ids 1.1 to 9.7).",
      ),
    ),
  /** Status of the criterion (spreadsheet statuses). */
  status: z.enum(["VALIDE", "NON_VALIDE", "EN_COURS", "A_EVALUER", "NON_APPLICABLE"]),
});

/**
 * One criterion of one RGESN evaluation of a service.
 *
 * @example
 * ```ts
 * import type { RgesnEvaluationRecord } from "@nrs/indicators";
 * const e: RgesnEvaluationRecord = { service: "portail-famille", date: "2025-05-15", criterion: "4.1", status: "VALIDE" };
 * console.log(e.criterion);
 * ```
 */
export interface RgesnEvaluationRecord {
  /** `epci` or an INSEE code; absent means the EPCI. */
  readonly entity?: string;
  /** Name or identifier of the digital service. */
  readonly service: string;
  /** Evaluation date: the latest evaluation of a service within the year is the one scored. */
  readonly date: string;
  /** Criterion id, e.g. `4.1`. */
  readonly criterion: string;
  /** Status of the criterion (spreadsheet statuses). */
  readonly status: RgesnStatus;
  /** CSV line (absent for JSON input). */
  readonly line?: number;
}

/** The columns the parser reads; also described publicly by `RECORDS_CSV_COLUMNS`. @internal */
export const COLUMNS: readonly ColumnSpec[] = [
  ENTITY_COLUMN,
  { key: "service", names: ["service", "service_numerique", "digital_service"], kind: "text", required: true },
  { key: "date", names: ["date_evaluation", "date", "evaluation_date"], kind: "date", required: true },
  { key: "criterion", names: ["critere", "criterion"], kind: "text", required: true },
  {
    key: "status",
    names: ["statut", "status"],
    kind: { oneOf: parseRgesnStatus, expected: "Validé, Non validé, En cours, À évaluer, Non applicable" },
    required: true,
  },
];

/**
 * Reads `rgesn.csv`: `entite`, `service`, `date_evaluation`, `critere`, `statut` (English aliases
 * `entity`, `service`, `evaluation_date`, `criterion`, `status`); statuses in the spreadsheet's French
 * wording or in English.
 *
 * @example
 * ```ts
 * import { parseRgesnCsv } from "@nrs/indicators";
 * const r = await parseRgesnCsv("service;date_evaluation;critere;statut\nsite;2024-06-01;1.1;Validé\nsite;2024-06-01;1.1b;Validé\n");
 * console.log(r.records.length, r.problems[0]?.code, r.problems[0]?.line); // 1 NRS_RGESN_UNKNOWN_CRITERION 3
 * ```
 */
export async function parseRgesnCsv(input: CsvInput, options: RecordsCsvOptions = {}): Promise<RecordsParseResult<RgesnEvaluationRecord>> {
  return readRecordsCsv<RgesnEvaluationRecord>(input, COLUMNS, RgesnEvaluationSchema, options);
}
