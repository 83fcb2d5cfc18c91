import type { Decimal } from "decimal.js";
import { NrsError, negativeProblem, problem, toDecimal, type DecimalInput, type Problem } from "@nrs/core";

// Hand-written checks of the device and hosting inputs (not zod: the device calculator, which every
// inventory import pulls in, keeps zod out of a browser bundle).

const ZONE = /^[A-Za-z0-9_-]+$/;

/** Reads a number that must not be negative (or must be positive), pushing a coded problem otherwise. @internal */
export function readDecimal(
  value: unknown,
  path: (string | number)[],
  problems: Problem[],
  min: "nonnegative" | "positive",
): Decimal | undefined {
  if (value === undefined) {
    problems.push(problem("NRS_REQUIRED", path, "Valeur obligatoire manquante.", "Required value is missing."));
    return undefined;
  }
  let d: Decimal;
  try {
    d = toDecimal(value as DecimalInput, path);
  } catch (e) {
    if (e instanceof NrsError) {
      problems.push(...e.problems);
      return undefined;
    }
    throw e;
  }
  if (min === "positive" && !d.gt(0)) {
    problems.push(problem("NRS_NOT_POSITIVE", path, "La valeur doit être strictement positive.", "Value must be greater than zero."));
    return undefined;
  }
  const negative = negativeProblem(d, path, { fr: "La valeur ne peut pas être négative.", en: "Value must not be negative." });
  if (negative !== undefined) {
    problems.push(negative);
    return undefined;
  }
  return d;
}

/** A reporting year: a whole number from 1900 to 2200. @internal */
export function readYear(year: unknown, path: (string | number)[], problems: Problem[]): number | undefined {
  if (typeof year !== "number" || !Number.isFinite(year))
    problems.push(problem("NRS_INVALID_TYPE", path, "Année attendue (nombre entier).", "A year (whole number) is expected."));
  else if (!Number.isInteger(year))
    problems.push(problem("NRS_NOT_INTEGER", path, "L'année doit être un nombre entier.", "The year must be a whole number."));
  else if (year < 1900) problems.push(problem("NRS_TOO_SMALL", path, "Année antérieure à 1900.", "Year before 1900."));
  else if (year > 2200) problems.push(problem("NRS_TOO_BIG", path, "Année postérieure à 2200.", "Year after 2200."));
  else return year;
  return undefined;
}

/** A grid zone: letters, digits, `_` or `-` (it becomes part of a pack item, `electricite_<zone>`). @internal */
export function readZone(zone: unknown, path: (string | number)[], problems: Problem[]): string | undefined {
  if (typeof zone === "string" && ZONE.test(zone)) return zone;
  problems.push(
    problem(
      "NRS_INVALID_FORMAT",
      path,
      "Zone du réseau électrique invalide (lettres, chiffres, _ ou -).",
      "Invalid grid zone (letters, digits, _ or -).",
    ),
  );
  return undefined;
}

/** Refuses keys an input does not know, so that a misspelt field is an error rather than ignored. @internal */
export function unknownKeys(obj: object, allowed: ReadonlySet<string>, path: (string | number)[], problems: Problem[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.has(k)) {
      problems.push(problem("NRS_UNKNOWN_KEY", path, `Clé inconnue : « ${k} ».`, `Unknown key: "${k}".`));
    }
  }
}

/** @internal */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
