import { Decimal } from "decimal.js";
import { isIsoDay, msg, negativeProblem, type DecimalInput, type Problem } from "@nrs/core";

// Shared checks of the two CSV exports; each adds a bilingual Problem with the row and field path.

export function requireText(problems: Problem[], path: (string | number)[], value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    problems.push({
      code: "NRS_REPORT_MISSING_FIELD",
      severity: "error",
      path,
      message: msg(
        `Le champ « ${String(path.at(-1))} » est obligatoire (texte non vide).`,
        `Field "${String(path.at(-1))}" is required (non-empty text).`,
      ),
    });
    return "";
  }
  return value;
}

export function optionalText(problems: Problem[], path: (string | number)[], value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    problems.push({ code: "NRS_REPORT_NOT_TEXT", severity: "error", path, message: msg("Texte attendu.", "Text expected.") });
    return undefined;
  }
  return value;
}

export function requireEnum<T extends string>(
  problems: Problem[],
  path: (string | number)[],
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push({
    code: "NRS_REPORT_NOT_IN_LIST",
    severity: "error",
    path,
    message: msg(
      `Valeur « ${String(value)} » hors de la liste : ${allowed.join(", ")}.`,
      `Value "${String(value)}" is not one of: ${allowed.join(", ")}.`,
    ),
  });
  return undefined;
}

export function requireDate(problems: Problem[], path: (string | number)[], value: unknown): string {
  if (typeof value === "string" && isIsoDay(value)) return value;
  problems.push({
    code: "NRS_REPORT_BAD_DATE",
    severity: "error",
    path,
    message: msg(`Date AAAA-MM-JJ attendue, reçu « ${String(value)} ».`, `Date YYYY-MM-DD expected, got "${String(value)}".`),
  });
  return "";
}

export function requireBoolean(problems: Problem[], path: (string | number)[], value: unknown): string {
  if (typeof value === "boolean") return String(value);
  problems.push({
    code: "NRS_REPORT_NOT_BOOLEAN",
    severity: "error",
    path,
    message: msg("Booléen (true/false) attendu.", "Boolean (true/false) expected."),
  });
  return "";
}

/** A decimal written in plain notation (never `1e+21`), or a problem. */
export function requireNumber(problems: Problem[], path: (string | number)[], value: unknown, nonNegative: boolean): Decimal | undefined {
  let d: Decimal | undefined;
  try {
    if (typeof value === "number" || typeof value === "string" || Decimal.isDecimal(value)) d = new Decimal(value as DecimalInput);
  } catch {
    d = undefined;
  }
  if (!d || !d.isFinite()) {
    problems.push({
      code: "NRS_NOT_A_NUMBER",
      severity: "error",
      path,
      message: msg(`Nombre attendu, reçu « ${String(value)} ».`, `Number expected, got "${String(value)}".`),
    });
    return undefined;
  }
  const negative = nonNegative
    ? negativeProblem(d, path, msg("Le montant ne peut pas être négatif.", "The amount cannot be negative."))
    : undefined;
  if (negative !== undefined) {
    problems.push(negative);
    return undefined;
  }
  return d;
}
