import type * as z from "zod/mini";
import { Decimal, NrsError, problemsFromZod, type Problem } from "@nrs/core";

/** @internal At most this many problems are listed for a list of records. */
export const MAX_PROBLEMS = 100;

/**
 * @internal Records as a function of this package reads them: `rows` as they are when every quantity
 * (`decimalKeys`) is already a `Decimal` (the records of this package's parsers, or of a first pass),
 * otherwise each record parsed by its `schema`, so that a number or a decimal string becomes a Decimal
 * and a bad value an `NrsError` with its path (`[name, 3, "amount"]`) and line. A record's `line` is kept.
 */
export function recordsOf<T>(rows: readonly unknown[], schema: z.ZodMiniType, decimalKeys: readonly string[], name: string): readonly T[] {
  const parsed = rows.every((row) => {
    const r = row as Record<string, unknown> | null;
    return r !== null && typeof r === "object" && decimalKeys.every((k) => r[k] === undefined || Decimal.isDecimal(r[k]));
  });
  if (parsed) return rows as readonly T[];
  const r = parseRecords<T>(rows, schema, name);
  if (r.problems.length > 0) throw new NrsError(r.problems);
  return r.records;
}

/**
 * @internal Every record of `rows` parsed by `schema`: what it gives (with the record's `line`), and the
 * problems of the bad ones (path `[name, index, …]`), at most `maxProblems` (a bad export can make every
 * record wrong; the first hundred are enough to fix it).
 */
export function parseRecords<T>(
  rows: readonly unknown[],
  schema: z.ZodMiniType,
  name: string,
  maxProblems = MAX_PROBLEMS,
): { readonly records: readonly T[]; readonly problems: readonly Problem[] } {
  const problems: Problem[] = [];
  const records: T[] = [];
  rows.forEach((row, i) => {
    if (problems.length >= maxProblems) return;
    const line = (row as { line?: unknown } | null)?.line;
    const r = schema.safeParse(row);
    if (r.success) records.push((typeof line === "number" ? { ...(r.data as object), line } : r.data) as T);
    else problems.push(...problemsFromZod(r.error, { pathPrefix: [name, i] }).map((p) => (typeof line === "number" ? { ...p, line } : p)));
  });
  return { records, problems };
}
