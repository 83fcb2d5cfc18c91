import * as z from "zod/mini";
import type { CsvInput } from "@nrs/core";
import { readRecordsCsv, type RecordsCsvOptions, type RecordsParseResult } from "./records-csv.js";
import { zIsoDate, type ColumnSpec, ENTITY_COLUMN } from "./record-cells.js";

/**
 * zod/mini schema of a dataset of the open-data catalogue (a line of `opendata.csv`). `schema` is the
 * identifier of the national schema it conforms to (schema.data.gouv.fr, e.g. `scdl/deliberations`),
 * empty when none.
 *
 * @example
 * ```ts
 * import { safeParse } from "@nrs/core";
 * import { OpenDataDatasetSchema } from "@nrs/indicators";
 * const r = safeParse(OpenDataDatasetSchema, { dataset: "", published: true });
 * console.log(r.ok ? "ok" : r.errors[0]?.path); // ["dataset"]
 * ```
 */
export const OpenDataDatasetSchema = z.object({
  /** `epci` or an INSEE code; absent means the EPCI. */
  entity: z.optional(z.string().check(z.minLength(1))),
  /** Title or identifier of the dataset. */
  dataset: z.string().check(z.minLength(1)),
  /** Published (true when absent). */
  published: z.prefault(z.boolean(), true),
  /** Identifier of the national schema it conforms to (schema.data.gouv.fr); absent when none. */
  schema: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/))),
  /** First publication date: a dataset counts from its publication on (always when absent). */
  publicationDate: z.optional(zIsoDate),
  /** Address of the dataset. */
  url: z.optional(z.string()),
});

/**
 * A dataset of the open-data catalogue.
 *
 * @example
 * ```ts
 * import type { OpenDataDatasetRecord } from "@nrs/indicators";
 * const d: OpenDataDatasetRecord = { entity: "26901", dataset: "Délibérations", published: true, schema: "scdl/deliberations" };
 * console.log(d.schema);
 * ```
 */
export interface OpenDataDatasetRecord {
  /** `epci` or an INSEE code; absent means the EPCI. */
  readonly entity?: string;
  /** Title or identifier of the dataset. */
  readonly dataset: string;
  /** Published (true when absent). */
  readonly published: boolean;
  /** Identifier of the national schema it conforms to (schema.data.gouv.fr); absent when none. */
  readonly schema?: string;
  /** First publication date: a dataset counts from its publication year on (always when absent). */
  readonly publicationDate?: string;
  /** Address of the dataset. */
  readonly url?: string;
  /** CSV line (absent for JSON input). */
  readonly line?: number;
}

/** The columns the parser reads; also described publicly by `RECORDS_CSV_COLUMNS`. @internal */
export const COLUMNS: readonly ColumnSpec[] = [
  ENTITY_COLUMN,
  { key: "dataset", names: ["jeu_de_donnees", "jeu", "titre", "dataset"], kind: "text", required: true },
  { key: "published", names: ["publie", "published"], kind: "boolean" },
  { key: "schema", names: ["schema", "schema_national", "national_schema"], kind: "text" },
  { key: "publicationDate", names: ["date_publication", "publication_date"], kind: "date" },
  { key: "url", names: ["url"], kind: "text" },
];

/**
 * Reads `opendata.csv`: `entite`, `jeu_de_donnees`, `publie`, `schema`, `date_publication`, `url`
 * (English aliases `entity`, `dataset`, `published`, `national_schema`, `publication_date`, `url`).
 *
 * @example
 * ```ts
 * import { parseOpenDataCsv } from "@nrs/indicators";
 * const r = await parseOpenDataCsv("jeu_de_donnees;publie;schema\nDélibérations;oui;scdl/deliberations\nBudget;peut-être;\n");
 * console.log(r.records.length, r.problems[0]?.code); // 1 NRS_INVALID_BOOLEAN
 * ```
 */
export async function parseOpenDataCsv(
  input: CsvInput,
  options: RecordsCsvOptions = {},
): Promise<RecordsParseResult<OpenDataDatasetRecord>> {
  return readRecordsCsv<OpenDataDatasetRecord>(input, COLUMNS, OpenDataDatasetSchema, options);
}
