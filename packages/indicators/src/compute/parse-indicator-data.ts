import type * as z from "zod/mini";
import { NrsError, problem, type Problem } from "@nrs/core";
import { DATA_FILES } from "../data-files.js";
import type { IndicatorData } from "../indicator-data.js";
import { MAX_PROBLEMS, parseRecords } from "../records-input.js";
import type { ParsedIndicatorData } from "./parsed-indicator-data.js";

// The record schema of each file this package parses, from the data-file registry.
const SCHEMAS: readonly [keyof IndicatorData, z.ZodMiniType][] = DATA_FILES.flatMap((f) =>
  f.records === undefined || f.fields[0] === undefined ? [] : [[f.fields[0], f.records.schema] as [keyof IndicatorData, z.ZodMiniType]],
);

// Arrays already parsed (by identity), with what their schema gave: computing 41 entities of one EPCI
// parses each dataset once. Records are readonly in the types; an array mutated after a first call is
// the caller's lookout.
const PARSED = new WeakMap<object, readonly unknown[]>();

/**
 * @internal Checks every record of `data` against its schema and returns the data with the records as
 * the schema gives them (numbers and decimal strings become Decimals; a record's `line` is kept).
 * Throws an `NrsError` with every bad record's path (`["purchases", 3, "amount"]`) and line, at most
 * a hundred. With `validate` false, the records are taken as they are: they must come from this
 * package's parsers (their quantities are already Decimals).
 */
export function parseIndicatorData(data: IndicatorData, validate: boolean): ParsedIndicatorData {
  if (!validate) return data as ParsedIndicatorData;
  const problems: Problem[] = [];
  const parsed: Partial<Record<keyof IndicatorData, readonly unknown[]>> = {};
  for (const [key, schema] of SCHEMAS) {
    const rows: unknown = data[key];
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) {
      problems.push(problem("NRS_INVALID_TYPE", [key], `${key} doit être une liste.`, `${key} must be a list.`));
      continue;
    }
    const known = PARSED.get(rows);
    if (known !== undefined) {
      parsed[key] = known;
      continue;
    }
    const r = parseRecords(rows, schema, key, MAX_PROBLEMS - problems.length);
    problems.push(...r.problems);
    if (problems.length === 0) {
      PARSED.set(rows, r.records);
      parsed[key] = r.records;
    }
  }
  if (problems.length > 0) throw new NrsError(problems);
  return { ...data, ...parsed } as ParsedIndicatorData;
}
