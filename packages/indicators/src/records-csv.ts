import * as z from "zod/mini";
import {
  definedProps,
  problem,
  readCsvEach,
  safeParse,
  unknownEntityProblem,
  type CsvInput,
  type CsvOptions,
  type Problem,
} from "@nrs/core";
import { cellProblem, normalizeWord, readCell, type ColumnSpec } from "./record-cells.js";

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
        const cell = readCell(spec, raw, row.line, column);
        if ("problem" in cell) {
          problems.push(cell.problem);
          bad = true;
        } else obj[spec.key] = cell.value;
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
