import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import {
  definedProps,
  formatIsoDay,
  parseFrenchDecimal,
  parseIsoDay,
  problem,
  readCsvEach,
  safeParse,
  unknownEntityProblem,
  type CsvInput,
  type CsvOptions,
  type Problem,
  type ProblemCode,
} from "@nrs/core";

/**
 * What every CSV parser of this package returns: the good records **and** every problem, not the model's
 * `Result` union, which would throw the good lines away (docs/guides/add-to-an-application.md lists why).
 *
 * @example
 * ```ts
 * import { parseRgaaCsv, type RecordsParseResult, type RgaaAuditRecord } from "@nrs/indicators";
 * const r: RecordsParseResult<RgaaAuditRecord> = await parseRgaaCsv("service;date_audit;conformes;non_conformes\nsite;2025-02-01;45;5\n");
 * console.log(r.ok, r.records.length); // true 1
 * ```
 */
export interface RecordsParseResult<T> {
  /** True when no problem of severity `error` was found. */
  readonly ok: boolean;
  /** The good records, in file order (a bad record is left out, never half-read). */
  readonly records: readonly T[];
  /** Every problem with line, column, code and a French and English message. */
  readonly problems: readonly Problem[];
}

/**
 * Options of the CSV parsers of this package.
 *
 * @example
 * ```ts
 * import { parseEventsCsv, type RecordsCsvOptions } from "@nrs/indicators";
 * const o: RecordsCsvOptions = { delimiter: "," };
 * console.log((await parseEventsCsv("date,type,public,participants\n2025-01-10,atelier,agents,8\n", o)).records[0]?.participants); // 8
 * ```
 */
export interface RecordsCsvOptions {
  /** The separator; detected from the header when not given. */
  readonly delimiter?: CsvOptions["delimiter"];
  /**
   * The entities a line may name in `entite`: `epci` and the INSEE codes of the member communes for
   * an EPCI (an empty cell is not checked). Another value is the error `NRS_UNKNOWN_ENTITY` at its
   * cell, and the record is refused: a figure under an undeclared entity would reach no bilan or the
   * wrong one. Without it any entity is accepted.
   *
   * @example
   * ```ts
   * import { parsePurchasesCsv } from "@nrs/indicators";
   * const r = await parsePurchasesCsv("entite;date;categorie;montant_ht\n26999;2025-03-12;informatique;1200\n", { knownEntities: ["epci", "26901"] });
   * console.log(r.ok, r.records.length, r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // false 0 NRS_UNKNOWN_ENTITY 2 1
   * ```
   */
  readonly knownEntities?: readonly string[];
}

/** @internal */
export type CellKind =
  "text" | "decimal" | "integer" | "date" | "boolean" | { readonly oneOf: (text: string) => string | undefined; readonly expected: string };

/** @internal One column: its key in the record, its French name then English aliases. */
export interface ColumnSpec {
  readonly key: string;
  readonly names: readonly string[];
  readonly kind: CellKind;
  readonly required?: boolean;
}

/** Normalises a header or a word: lower case, no accents, `_` for any run of other characters. @internal */
export function normalizeWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/**
 * A `choice` column read through a table of accepted words (normalised with {@link normalizeWord}):
 * the message of a bad cell lists the first word of each value, in the table's order, so the list
 * cannot drift from the table. @internal
 */
export function wordChoice<T extends string>(words: ReadonlyMap<string, T>): Exclude<CellKind, string> {
  const first = new Map<T, string>();
  for (const [word, value] of words) if (!first.has(value)) first.set(value, word);
  return { oneOf: (text) => words.get(normalizeWord(text)), expected: [...first.values()].join(", ") };
}

const TRUE_WORDS = new Set(["oui", "o", "yes", "y", "true", "vrai", "1", "x"]);
const FALSE_WORDS = new Set(["non", "n", "no", "false", "faux", "0"]);
const FR_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `YYYY-MM-DD` or `DD/MM/YYYY` to `YYYY-MM-DD`, checking the calendar (with @nrs/core's ISO day parser). @internal */
export function parseDateCell(text: string): string | undefined {
  const t = text.trim();
  const fr = FR_DATE.exec(t);
  const iso = fr === null ? t : `${fr[3]}-${(fr[2] ?? "").padStart(2, "0")}-${(fr[1] ?? "").padStart(2, "0")}`;
  const day = parseIsoDay(iso);
  return day === undefined ? undefined : formatIsoDay(day);
}

/** zod/mini check for an ISO date string. @internal */
export const zIsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

function cellProblem(code: ProblemCode, line: number, column: number, key: string, fr: string, en: string): Problem {
  return problem(code, [key], fr, en, { line, column });
}

/**
 * What a zod/mini schema must output for a record type `T` (its `line` aside): the same fields, an
 * optional one possibly present as `undefined`. Typing the schema with it makes the compiler check each
 * parser's schema against its record interface, instead of a cast that would hide a drift. @internal
 */
export type RecordSchemaOutput<T> = { [K in keyof Omit<T, "line">]: Omit<T, "line">[K] | undefined };

/**
 * Reads a CSV of records: header with French names or English aliases (case, accents and spaces
 * ignored), cells converted by kind (French or international decimals, `YYYY-MM-DD` or `DD/MM/YYYY`
 * dates, oui/non), then every record validated by `schema`. Every bad cell or record is reported
 * with its line and column; a bad record is left out, the others are kept.
 *
 * @internal
 */
export async function readRecordsCsv<T extends { readonly line?: number }>(
  input: CsvInput,
  columns: readonly ColumnSpec[],
  schema: z.ZodMiniType<RecordSchemaOutput<T>>,
  options: RecordsCsvOptions = {},
): Promise<RecordsParseResult<T>> {
  const records: T[] = [];
  const problems: Problem[] = [];
  const byName = new Map<string, ColumnSpec>();
  for (const c of columns) for (const n of c.names) byName.set(normalizeWord(n), c);
  let header: (ColumnSpec | undefined)[] | undefined;
  let fatal = false;
  const known = options.knownEntities && new Set(options.knownEntities);
  await readCsvEach(
    input,
    (row) => {
      if (fatal) return;
      if (row.problem !== undefined) {
        problems.push(row.problem);
        return;
      }
      if (row.cells.every((c) => c.trim() === "")) return;
      if (header === undefined) {
        const seen = new Set<string>();
        header = row.cells.map((cell, i) => {
          const spec = byName.get(normalizeWord(cell.replace(/^\uFEFF/, "")));
          if (spec === undefined) {
            problems.push(
              problem("NRS_UNKNOWN_COLUMN", [cell], `Colonne inconnue « ${cell} » : ignorée.`, `Unknown column "${cell}": ignored.`, {
                severity: "warning",
                line: row.line,
                column: row.columns[i] ?? 1,
              }),
            );
            return undefined;
          }
          if (seen.has(spec.key)) {
            problems.push(
              cellProblem(
                "NRS_DUPLICATE_COLUMN",
                row.line,
                row.columns[i] ?? 1,
                spec.key,
                `La colonne « ${spec.names[0]} » apparaît deux fois.`,
                `Column "${spec.names[0]}" appears twice.`,
              ),
            );
            fatal = true;
          }
          seen.add(spec.key);
          return spec;
        });
        for (const c of columns) {
          if (c.required === true && !seen.has(c.key)) {
            problems.push(
              cellProblem(
                "NRS_MISSING_COLUMN",
                row.line,
                1,
                c.key,
                `Colonne obligatoire absente : « ${c.names[0]} » (ou ${c.names.slice(1).join(", ")}).`,
                `Required column missing: "${c.names[0]}" (or ${c.names.slice(1).join(", ")}).`,
              ),
            );
            fatal = true;
          }
        }
        return;
      }
      const obj: Record<string, unknown> = {};
      const columnOf = new Map<string, number>();
      let bad = false;
      if (row.cells.length > header.length) {
        problems.push(
          cellProblem(
            "NRS_TOO_MANY_CELLS",
            row.line,
            row.columns[header.length] ?? 1,
            "",
            `Cette ligne a ${row.cells.length} cellules pour ${header.length} colonnes.`,
            `This line has ${row.cells.length} cells for ${header.length} columns.`,
          ),
        );
        return;
      }
      header.forEach((spec, i) => {
        if (spec === undefined) return;
        const raw = (row.cells[i] ?? "").trim();
        const column = row.columns[i] ?? 1;
        columnOf.set(spec.key, column);
        if (raw === "") return;
        const kind = spec.kind;
        if (kind === "text") obj[spec.key] = raw;
        else if (kind === "decimal") {
          const d: Decimal | undefined = parseFrenchDecimal(raw);
          if (d === undefined) {
            problems.push(
              cellProblem(
                "NRS_NOT_A_NUMBER",
                row.line,
                column,
                spec.key,
                `« ${raw} » n'est pas un nombre (colonne ${spec.names[0]}).`,
                `"${raw}" is not a number (column ${spec.names[0]}).`,
              ),
            );
            bad = true;
          } else obj[spec.key] = d;
        } else if (kind === "integer") {
          const d: Decimal | undefined = parseFrenchDecimal(raw);
          if (d === undefined || !d.isInteger() || d.abs().gt(Number.MAX_SAFE_INTEGER)) {
            problems.push(
              cellProblem(
                "NRS_NOT_AN_INTEGER",
                row.line,
                column,
                spec.key,
                `« ${raw} » n'est pas un nombre entier (colonne ${spec.names[0]}).`,
                `"${raw}" is not a whole number (column ${spec.names[0]}).`,
              ),
            );
            bad = true;
          } else obj[spec.key] = d.toNumber();
        } else if (kind === "date") {
          const d = parseDateCell(raw);
          if (d === undefined) {
            problems.push(
              cellProblem(
                "NRS_INVALID_DATE",
                row.line,
                column,
                spec.key,
                `« ${raw} » n'est pas une date AAAA-MM-JJ ou JJ/MM/AAAA (colonne ${spec.names[0]}).`,
                `"${raw}" is not a YYYY-MM-DD or DD/MM/YYYY date (column ${spec.names[0]}).`,
              ),
            );
            bad = true;
          } else obj[spec.key] = d;
        } else if (kind === "boolean") {
          const w = normalizeWord(raw);
          if (TRUE_WORDS.has(w)) obj[spec.key] = true;
          else if (FALSE_WORDS.has(w)) obj[spec.key] = false;
          else {
            problems.push(
              cellProblem(
                "NRS_INVALID_BOOLEAN",
                row.line,
                column,
                spec.key,
                `« ${raw} » : oui ou non attendu (colonne ${spec.names[0]}).`,
                `"${raw}": yes or no expected (column ${spec.names[0]}).`,
              ),
            );
            bad = true;
          }
        } else {
          const v = kind.oneOf(raw);
          if (v === undefined) {
            problems.push(
              cellProblem(
                "NRS_INVALID_VALUE",
                row.line,
                column,
                spec.key,
                `« ${raw} » n'est pas une valeur admise (colonne ${spec.names[0]} : ${kind.expected}).`,
                `"${raw}" is not an accepted value (column ${spec.names[0]}: ${kind.expected}).`,
              ),
            );
            bad = true;
          } else obj[spec.key] = v;
        }
      });
      if (bad) return;
      const r = safeParse(schema, obj);
      if (!r.ok) {
        for (const p of r.errors) {
          const key = typeof p.path[0] === "string" ? p.path[0] : "";
          problems.push({ ...p, line: row.line, column: columnOf.get(key) ?? 1 });
        }
        return;
      }
      const entity = obj["entity"];
      if (known !== undefined && typeof entity === "string" && !known.has(entity)) {
        problems.push(
          unknownEntityProblem(entity, options.knownEntities ?? [], {
            path: ["entity"],
            line: row.line,
            column: columnOf.get("entity") ?? 1,
          }),
        );
        return;
      }
      // zod/mini leaves an absent optional field out, so the output is a T (see RecordSchemaOutput).
      records.push({ ...(r.value as object), line: row.line } as T);
    },
    definedProps({ delimiter: options.delimiter }),
  );
  if (header === undefined && !fatal) {
    problems.push(
      problem("NRS_EMPTY_FILE", [], "Fichier vide : une ligne d'en-tête est attendue.", "Empty file: a header line is expected.", {
        line: 1,
        column: 1,
      }),
    );
  }
  return { ok: !problems.some((p) => p.severity === "error"), records, problems };
}
