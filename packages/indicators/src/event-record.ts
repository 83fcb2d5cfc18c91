import * as z from "zod/mini";
import type { CsvInput } from "@nrs/core";
import { readRecordsCsv, type RecordsCsvOptions, type RecordsParseResult } from "./records-csv.js";
import { wordChoice, zIsoDate, type ColumnSpec, ENTITY_COLUMN } from "./record-cells.js";

/**
 * Kinds of awareness and training events.
 *
 * @example
 * ```ts
 * import type { EventType } from "@nrs/indicators";
 * const t: EventType = "FORMATION";
 * console.log(t);
 * ```
 */
export type EventType = "FORMATION" | "ATELIER" | "CONFERENCE" | "STAND" | "CAMPAGNE" | "AUTRE";
/**
 * Who an event was for.
 *
 * @example
 * ```ts
 * import type { EventAudience } from "@nrs/indicators";
 * const a: EventAudience = "ELUS";
 * console.log(a);
 * ```
 */
export type EventAudience = "AGENTS" | "ELUS" | "HABITANTS";

const TYPE_WORDS: ReadonlyMap<string, EventType> = new Map([
  ["formation", "FORMATION"],
  ["training", "FORMATION"],
  ["atelier", "ATELIER"],
  ["workshop", "ATELIER"],
  ["fresque", "ATELIER"],
  ["conference", "CONFERENCE"],
  ["stand", "STAND"],
  ["booth", "STAND"],
  ["campagne", "CAMPAGNE"],
  ["campaign", "CAMPAGNE"],
  ["autre", "AUTRE"],
  ["other", "AUTRE"],
]);
const AUDIENCE_WORDS: ReadonlyMap<string, EventAudience> = new Map([
  ["agents", "AGENTS"],
  ["agent", "AGENTS"],
  ["staff", "AGENTS"],
  ["elus", "ELUS"],
  ["elu", "ELUS"],
  ["elected_officials", "ELUS"],
  ["habitants", "HABITANTS"],
  ["citoyens", "HABITANTS"],
  ["public", "HABITANTS"],
  ["residents", "HABITANTS"],
  ["citizens", "HABITANTS"],
]);

/**
 * zod/mini schema of an awareness or training event (a line of `evenements.csv`). `participants`
 * counts distinct people at that event; `estimated` marks a head count that is an estimate (a stand).
 *
 * @example
 * ```ts
 * import { safeParse } from "@nrs/core";
 * import { EventSchema } from "@nrs/indicators";
 * const r = safeParse(EventSchema, { date: "2024-05-02", type: "ATELIER", audience: "HABITANTS", participants: -3 });
 * console.log(r.ok ? "ok" : r.errors[0]?.code); // NRS_TOO_SMALL
 * ```
 */
export const EventSchema = z.object({
  /** `epci` or an INSEE code; absent means the EPCI. */
  entity: z.optional(z.string().check(z.minLength(1))),
  /** `YYYY-MM-DD`. */
  date: zIsoDate,
  /** Kind of event. */
  type: z.enum(["FORMATION", "ATELIER", "CONFERENCE", "STAND", "CAMPAGNE", "AUTRE"]),
  /** Who it was for. */
  audience: z.enum(["AGENTS", "ELUS", "HABITANTS"]),
  /** Distinct people at the event. */
  participants: z.number().check(z.int(), z.minimum(0)),
  /** The head count is an estimate (a stand, a campaign). */
  estimated: z.prefault(z.boolean(), false),
  /** Title of the event. */
  title: z.optional(z.string()),
});

/**
 * An awareness or training event (a line of `evenements.csv`).
 *
 * @example
 * ```ts
 * import type { EventRecord } from "@nrs/indicators";
 * const e: EventRecord = { date: "2025-10-15", type: "STAND", audience: "HABITANTS", participants: 250, estimated: true };
 * console.log(e.estimated);
 * ```
 */
export interface EventRecord {
  /** `epci` or an INSEE code; absent means the EPCI. */
  readonly entity?: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Kind of event. */
  readonly type: EventType;
  /** Who it was for. */
  readonly audience: EventAudience;
  /** Distinct people at the event. */
  readonly participants: number;
  /** The head count is an estimate (a stand, a campaign). */
  readonly estimated: boolean;
  /** Title of the event. */
  readonly title?: string;
  /** CSV line (absent for JSON input). */
  readonly line?: number;
}

/** The columns the parser reads; also described publicly by `RECORDS_CSV_COLUMNS`. @internal */
export const COLUMNS: readonly ColumnSpec[] = [
  ENTITY_COLUMN,
  { key: "date", names: ["date"], kind: "date", required: true },
  { key: "type", names: ["type"], kind: wordChoice(TYPE_WORDS), required: true },
  { key: "audience", names: ["public", "audience"], kind: wordChoice(AUDIENCE_WORDS), required: true },
  { key: "participants", names: ["participants", "nombre_participants"], kind: "integer", required: true },
  { key: "estimated", names: ["estimation", "estimated"], kind: "boolean" },
  { key: "title", names: ["intitule", "libelle", "title"], kind: "text" },
];

/**
 * Reads `evenements.csv`: `entite`, `date`, `type`, `public`, `participants`, `estimation`,
 * `intitule` (English aliases `entity`, `date`, `type`, `audience`, `participants`, `estimated`, `title`).
 *
 * @example
 * ```ts
 * import { parseEventsCsv } from "@nrs/indicators";
 * const r = await parseEventsCsv("date;type;public;participants\n2024-03-01;Formation;Agents;12\n2024-04-01;atelier;enfants;5\n");
 * console.log(r.records.length, r.problems[0]?.code, r.problems[0]?.column); // 1 NRS_INVALID_VALUE 20
 * ```
 */
export async function parseEventsCsv(input: CsvInput, options: RecordsCsvOptions = {}): Promise<RecordsParseResult<EventRecord>> {
  return readRecordsCsv<EventRecord>(input, COLUMNS, EventSchema, options);
}
