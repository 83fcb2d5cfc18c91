import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { check, type CsvInput, type WithDecimalInputs } from "@nrs/core";
import { resolveInventoryType } from "@nrs/footprint";
import { zDecimalAtMost } from "./bounded-decimal.js";
import { readRecordsCsv, type RecordsCsvOptions, type RecordsParseResult } from "./records-csv.js";
import { wordChoice, zIsoDate, type ColumnSpec, ENTITY_COLUMN } from "./record-cells.js";

/**
 * Where a retired item went. `CESSION` (to another public person), `VENTE` (sale) and `DON` (gift to
 * staff, associations…) are the reuse channels of décret n° 2023-266 (they count only with the
 * acquirer's prior reuse commitment); `RECYCLAGE` is a WEEE channel (éco-organisme, treatment
 * operator); `DESTRUCTION` a secure destruction; `STOCK` not gone yet.
 *
 * @example
 * ```ts
 * import { REUSE_DESTINATIONS, type RetirementDestination } from "@nrs/indicators";
 * const d: RetirementDestination = "DON";
 * console.log(REUSE_DESTINATIONS.includes(d)); // true
 * ```
 */
export type RetirementDestination = "CESSION" | "VENTE" | "DON" | "RECYCLAGE" | "DESTRUCTION" | "STOCK";

/**
 * The décret 2023-266 reuse channels.
 *
 * @example
 * ```ts
 * import { REUSE_DESTINATIONS } from "@nrs/indicators";
 * console.log(REUSE_DESTINATIONS.join(", ")); // CESSION, VENTE, DON
 * ```
 */
export const REUSE_DESTINATIONS: readonly RetirementDestination[] = ["CESSION", "VENTE", "DON"];

const DESTINATION_WORDS: ReadonlyMap<string, RetirementDestination> = new Map([
  ["cession", "CESSION"],
  ["transfer", "CESSION"],
  ["vente", "VENTE"],
  ["sale", "VENTE"],
  ["don", "DON"],
  ["donation", "DON"],
  ["gift", "DON"],
  ["recyclage", "RECYCLAGE"],
  ["deee", "RECYCLAGE"],
  ["recycling", "RECYCLAGE"],
  ["weee", "RECYCLAGE"],
  ["destruction", "DESTRUCTION"],
  ["stock", "STOCK"],
  ["en_stock", "STOCK"],
  ["in_stock", "STOCK"],
]);

function resolveCategory(text: string): string | undefined {
  return resolveInventoryType(text)?.code;
}

// Far above any real item or batch (as the purchase amounts are bounded).
const MAX_AGE_YEARS = 100;
const MAX_WEIGHT_KG = 1e6;

/**
 * zod/mini schema of a retired-equipment record (a line of `sorties.csv`): `reformDate` is when the
 * item was declared réformé (it is then « en stock » until it leaves on `exitDate`).
 *
 * @example
 * ```ts
 * import { safeParse } from "@nrs/core";
 * import { RetirementSchema } from "@nrs/indicators";
 * const r = safeParse(RetirementSchema, { category: "ecran", reformDate: "2024-05-01", exitDate: "2024-03-01", destination: "DON" });
 * console.log(r.ok ? "ok" : r.errors[0]?.code); // NRS_EXIT_BEFORE_REFORM
 * ```
 */
export const RetirementSchema = z
  .object({
    /** `epci` or an INSEE code; absent means the EPCI. */
    entity: z.optional(z.string().check(z.minLength(1))),
    /** Identifier of the line (asset tag, batch). */
    id: z.optional(z.string()),
    /** Inventory type code of `@nrs/footprint` (`ordinateur_portable`, `ecran`…). */
    category: z.string().check(z.minLength(1)),
    /** Number of identical items (1 when absent). */
    quantity: z.prefault(z.number().check(z.int(), z.minimum(1)), 1),
    /** `YYYY-MM-DD`: gives the age at retirement when `ageYears` is absent. */
    acquisitionDate: z.optional(zIsoDate),
    /** Age at retirement, years (used when `acquisitionDate` is absent), at most 100. */
    ageYears: z.optional(zDecimalAtMost(MAX_AGE_YEARS, "Âge invraisemblable (plus de 100 ans).", "Implausible age (over 100 years).")),
    /** Date the item was declared réformé (`YYYY-MM-DD`). */
    reformDate: zIsoDate,
    /** Date it left (absent while in stock). */
    exitDate: z.optional(zIsoDate),
    /** Where it went (see `RetirementDestination`). */
    destination: z.enum(["CESSION", "VENTE", "DON", "RECYCLAGE", "DESTRUCTION", "STOCK"]),
    /** The acquirer committed beforehand to reuse it (required for it to count as reuse). */
    reuseCommitment: z.optional(z.boolean()),
    /** Holds classified information or falls under specific public-security obligations (excluded). */
    classified: z.optional(z.boolean()),
    /** Total weight of the line, kg, at most 10^6. */
    weightKg: z.optional(
      zDecimalAtMost(
        MAX_WEIGHT_KG,
        "Poids invraisemblable (plus de 1 000 tonnes pour une ligne).",
        "Implausible weight (over 1,000 tonnes for one line).",
      ),
    ),
  })
  .check(
    check(
      (r: { reformDate: string; exitDate?: string | undefined }) => r.exitDate === undefined || r.exitDate >= r.reformDate,
      "NRS_EXIT_BEFORE_REFORM",
      "La date de sortie précède la date de réforme.",
      "The exit date is before the retirement date.",
    ),
    check(
      (r: { reformDate: string; acquisitionDate?: string | undefined }) =>
        r.acquisitionDate === undefined || r.acquisitionDate <= r.reformDate,
      "NRS_REFORM_BEFORE_ACQUISITION",
      "La date de réforme précède la date d'acquisition.",
      "The retirement date is before the acquisition date.",
    ),
    check(
      (r: { destination: string; exitDate?: string | undefined }) => r.destination === "STOCK" || r.exitDate !== undefined,
      "NRS_EXIT_DATE_MISSING",
      "Une date de sortie est attendue pour une destination autre que STOCK.",
      "An exit date is expected for a destination other than STOCK.",
    ),
  );

/**
 * A retired item (or identical items), a line of `sorties.csv`.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { RetirementRecord } from "@nrs/indicators";
 * const r: RetirementRecord = { category: "ordinateur_portable", quantity: 12, ageYears: new Decimal(6), reformDate: "2024-11-04", exitDate: "2025-02-10", destination: "DON", reuseCommitment: true };
 * console.log(r.destination);
 * ```
 */
export interface RetirementRecord {
  /** `epci` or an INSEE code; absent means the EPCI. */
  readonly entity?: string;
  /** Identifier of the line (asset tag, batch). */
  readonly id?: string;
  /** Inventory type code of `@nrs/footprint` (`ordinateur_portable`, `ecran`…). */
  readonly category: string;
  /** Number of identical items (1 when absent). */
  readonly quantity: number;
  /** `YYYY-MM-DD`: gives the age at retirement when `ageYears` is absent. */
  readonly acquisitionDate?: string;
  /** Age at retirement, years (used when `acquisitionDate` is absent). */
  readonly ageYears?: Decimal;
  /** Date the item was declared réformé. */
  readonly reformDate: string;
  /** Date it left (absent while in stock). */
  readonly exitDate?: string;
  /** Where it went (see `RetirementDestination`). */
  readonly destination: RetirementDestination;
  /** The acquirer committed beforehand to reuse it (required for it to count as reuse). */
  readonly reuseCommitment?: boolean;
  /** Holds classified information or falls under specific public-security obligations (excluded). */
  readonly classified?: boolean;
  /** Total weight of the line, kg. */
  readonly weightKg?: Decimal;
  /** CSV line (absent for JSON input). */
  readonly line?: number;
}

/**
 * A retired item as `computeIndicators` takes it: a {@link RetirementRecord} whose age and weight may be
 * numbers or decimal strings (checked and converted with the record's path).
 *
 * @example
 * ```ts
 * import type { RetirementRecordInput } from "@nrs/indicators";
 * const r: RetirementRecordInput = { category: "ecran", quantity: 3, ageYears: 7, weightKg: "16.5", reformDate: "2025-04-02", exitDate: "2025-05-10", destination: "RECYCLAGE" };
 * console.log(r.ageYears, r.weightKg); // 7 16.5
 * ```
 */
export type RetirementRecordInput = WithDecimalInputs<RetirementRecord>;

/** @internal The fields of the record that hold quantities (Decimals once parsed). */
export const RETIREMENT_DECIMAL_KEYS: readonly string[] = ["ageYears", "weightKg"];

/** The columns the parser reads; also described publicly by `RECORDS_CSV_COLUMNS`. @internal */
export const COLUMNS: readonly ColumnSpec[] = [
  ENTITY_COLUMN,
  { key: "id", names: ["identifiant", "id"], kind: "text" },
  {
    key: "category",
    names: ["type", "categorie", "category"],
    kind: { oneOf: resolveCategory, expected: "type d'équipement de l'inventaire / inventory type" },
    required: true,
  },
  { key: "quantity", names: ["quantite", "quantity"], kind: "integer" },
  { key: "acquisitionDate", names: ["date_acquisition", "acquisition_date"], kind: "date" },
  { key: "ageYears", names: ["age_ans", "age_years", "age"], kind: "decimal" },
  { key: "reformDate", names: ["date_reforme", "retirement_date", "reform_date"], kind: "date", required: true },
  { key: "exitDate", names: ["date_sortie", "exit_date"], kind: "date" },
  { key: "destination", names: ["destination"], kind: wordChoice(DESTINATION_WORDS), required: true },
  { key: "reuseCommitment", names: ["engagement_reemploi", "reuse_commitment"], kind: "boolean" },
  { key: "classified", names: ["information_classifiee", "classified"], kind: "boolean" },
  { key: "weightKg", names: ["poids_kg", "weight_kg"], kind: "decimal" },
];

/**
 * Reads `sorties.csv` (retired equipment): `entite`, `identifiant`, `type`, `quantite`,
 * `date_acquisition`, `age_ans`, `date_reforme`, `date_sortie`, `destination`, `engagement_reemploi`,
 * `information_classifiee`, `poids_kg` (English aliases accepted).
 *
 * @example
 * ```ts
 * import { parseRetirementsCsv } from "@nrs/indicators";
 * const csv = "type;quantite;date_reforme;date_sortie;destination;engagement_reemploi\n" +
 *   "portable;10;2023-11-02;2024-02-10;don;oui\necran;2;2023-11-02;;vendu;\n";
 * const r = await parseRetirementsCsv(csv);
 * console.log(r.records[0]?.category, r.problems[0]?.code, r.problems[0]?.line); // ordinateur_portable NRS_INVALID_VALUE 3
 * ```
 */
export async function parseRetirementsCsv(input: CsvInput, options: RecordsCsvOptions = {}): Promise<RecordsParseResult<RetirementRecord>> {
  return readRecordsCsv<RetirementRecord>(input, COLUMNS, RetirementSchema, options);
}
