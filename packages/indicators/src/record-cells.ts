import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { formatIsoDay, parseFrenchDecimal, parseIsoDay, problem, type Problem, type ProblemCode } from "@nrs/core";

// The columns of the yearly CSV files and how a cell is read by its kind.

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
// eslint-disable-next-line no-restricted-syntax -- a shape check (NRS_INVALID_FORMAT) of the record schemas, after parseDateCell (core's parseIsoDay) checked the calendar; a calendar check here would change their code
export const zIsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A problem at a cell, on the key of its column. @internal */
export function cellProblem(code: ProblemCode, line: number, column: number, key: string, fr: string, en: string): Problem {
  return problem(code, [key], fr, en, { line, column });
}

/** The `entite` column every yearly file has: `epci` or an INSEE code, absent for the EPCI. @internal */
export const ENTITY_COLUMN: ColumnSpec = { key: "entity", names: ["entite", "entity"], kind: "text" };

/** A cell read by its column's kind: its value, or the problem at the cell. @internal */
export function readCell(spec: ColumnSpec, raw: string, line: number, column: number): { value: unknown } | { problem: Problem } {
  const kind = spec.kind;
  const name = spec.names[0];
  const bad = (code: ProblemCode, fr: string, en: string) => ({ problem: cellProblem(code, line, column, spec.key, fr, en) });
  if (kind === "text") return { value: raw };
  if (kind === "decimal") {
    const d: Decimal | undefined = parseFrenchDecimal(raw);
    if (d === undefined)
      return bad("NRS_NOT_A_NUMBER", `« ${raw} » n'est pas un nombre (colonne ${name}).`, `"${raw}" is not a number (column ${name}).`);
    return { value: d };
  }
  if (kind === "integer") {
    const d: Decimal | undefined = parseFrenchDecimal(raw);
    if (d === undefined || !d.isInteger() || d.abs().gt(Number.MAX_SAFE_INTEGER))
      return bad(
        "NRS_NOT_AN_INTEGER",
        `« ${raw} » n'est pas un nombre entier (colonne ${name}).`,
        `"${raw}" is not a whole number (column ${name}).`,
      );
    return { value: d.toNumber() };
  }
  if (kind === "date") {
    const d = parseDateCell(raw);
    if (d === undefined)
      return bad(
        "NRS_INVALID_DATE",
        `« ${raw} » n'est pas une date AAAA-MM-JJ ou JJ/MM/AAAA (colonne ${name}).`,
        `"${raw}" is not a YYYY-MM-DD or DD/MM/YYYY date (column ${name}).`,
      );
    return { value: d };
  }
  if (kind === "boolean") {
    const w = normalizeWord(raw);
    if (TRUE_WORDS.has(w)) return { value: true };
    if (FALSE_WORDS.has(w)) return { value: false };
    return bad(
      "NRS_INVALID_BOOLEAN",
      `« ${raw} » : oui ou non attendu (colonne ${name}).`,
      `"${raw}": yes or no expected (column ${name}).`,
    );
  }
  const v = kind.oneOf(raw);
  if (v === undefined)
    return bad(
      "NRS_INVALID_VALUE",
      `« ${raw} » n'est pas une valeur admise (colonne ${name} : ${kind.expected}).`,
      `"${raw}" is not an accepted value (column ${name}: ${kind.expected}).`,
    );
  return { value: v };
}
