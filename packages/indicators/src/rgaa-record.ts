import * as z from "zod/mini";
import { check, type CsvInput } from "@nrs/core";
import { readRecordsCsv, type RecordsCsvOptions, type RecordsParseResult } from "./records-csv.js";
import { zIsoDate, type ColumnSpec, ENTITY_COLUMN } from "./record-cells.js";

/**
 * Number of criteria of RGAA 4.1 (DISIC/RGAA `v4.1/JSON/criteres.json`).
 *
 * @example
 * ```ts
 * import { RGAA_CRITERIA_COUNT } from "@nrs/indicators";
 * console.log(RGAA_CRITERIA_COUNT); // 106
 * ```
 */
export const RGAA_CRITERIA_COUNT = 106;

/**
 * zod/mini schema of an RGAA audit result (a line of `rgaa.csv`): counts of compliant, non-compliant
 * and not-applicable criteria of RGAA 4.1 (their sum cannot exceed 106).
 *
 * @example
 * ```ts
 * import { safeParse } from "@nrs/core";
 * import { RgaaAuditSchema } from "@nrs/indicators";
 * const r = safeParse(RgaaAuditSchema, { service: "site", date: "2024-05-02", compliant: 80, nonCompliant: 30, notApplicable: 10 });
 * console.log(r.ok ? "ok" : r.errors[0]?.code); // NRS_RGAA_TOO_MANY_CRITERIA
 * ```
 */
export const RgaaAuditSchema = z
  .object({
    /** `epci` or an INSEE code; absent means the EPCI. */
    entity: z.optional(z.string().check(z.minLength(1))),
    /** Name or identifier of the audited service. */
    service: z.string().check(z.minLength(1)),
    /** Audit date (`YYYY-MM-DD`): valid 3 years by default. */
    date: zIsoDate,
    /** Criteria validated on every page of the sample. */
    compliant: z.number().check(z.int(), z.minimum(0)),
    /** Applicable criteria not validated. */
    nonCompliant: z.number().check(z.int(), z.minimum(0)),
    /** Criteria not applicable. */
    notApplicable: z.optional(z.number().check(z.int(), z.minimum(0))),
    /** Address of the service. */
    url: z.optional(z.string()),
  })
  .check(
    check(
      (a: { compliant: number; nonCompliant: number; notApplicable?: number | undefined }) =>
        a.compliant + a.nonCompliant + (a.notApplicable ?? 0) <= RGAA_CRITERIA_COUNT,
      "NRS_RGAA_TOO_MANY_CRITERIA",
      `Plus de ${RGAA_CRITERIA_COUNT} critères au total (RGAA 4.1).`,
      `More than ${RGAA_CRITERIA_COUNT} criteria in total (RGAA 4.1).`,
    ),
  );

/**
 * An RGAA 4.1 audit of a digital service.
 *
 * @example
 * ```ts
 * import { rgaaState, type RgaaAuditRecord } from "@nrs/indicators";
 * const a: RgaaAuditRecord = { service: "site", date: "2025-09-22", compliant: 39, nonCompliant: 13 };
 * console.log(rgaaState((a.compliant / (a.compliant + a.nonCompliant)) * 100)); // partielle
 * ```
 */
export interface RgaaAuditRecord {
  /** `epci` or an INSEE code; absent means the EPCI. */
  readonly entity?: string;
  /** Name or identifier of the audited service. */
  readonly service: string;
  /** Audit date (`YYYY-MM-DD`): valid 3 years by default. */
  readonly date: string;
  /** Criteria validated on every page of the sample. */
  readonly compliant: number;
  /** Applicable criteria not validated. */
  readonly nonCompliant: number;
  /** Criteria not applicable. */
  readonly notApplicable?: number;
  /** Address of the service. */
  readonly url?: string;
  /** CSV line (absent for JSON input). */
  readonly line?: number;
}

/** The columns the parser reads; also described publicly by `RECORDS_CSV_COLUMNS`. @internal */
export const COLUMNS: readonly ColumnSpec[] = [
  ENTITY_COLUMN,
  { key: "service", names: ["service", "site"], kind: "text", required: true },
  { key: "date", names: ["date_audit", "date", "audit_date"], kind: "date", required: true },
  { key: "compliant", names: ["criteres_conformes", "conformes", "compliant"], kind: "integer", required: true },
  { key: "nonCompliant", names: ["criteres_non_conformes", "non_conformes", "non_compliant"], kind: "integer", required: true },
  { key: "notApplicable", names: ["criteres_non_applicables", "non_applicables", "not_applicable"], kind: "integer" },
  { key: "url", names: ["url", "adresse"], kind: "text" },
];

/**
 * Reads `rgaa.csv`: `entite`, `service`, `date_audit`, `criteres_conformes`,
 * `criteres_non_conformes`, `criteres_non_applicables`, `url` (English aliases accepted).
 *
 * @example
 * ```ts
 * import { parseRgaaCsv } from "@nrs/indicators";
 * const r = await parseRgaaCsv("service,date_audit,conformes,non_conformes\nsite,2024-10-01,40,10\n");
 * console.log(r.records[0]?.compliant, r.ok); // 40 true
 * ```
 */
export async function parseRgaaCsv(input: CsvInput, options: RecordsCsvOptions = {}): Promise<RecordsParseResult<RgaaAuditRecord>> {
  return readRecordsCsv<RgaaAuditRecord>(input, COLUMNS, RgaaAuditSchema, options);
}
