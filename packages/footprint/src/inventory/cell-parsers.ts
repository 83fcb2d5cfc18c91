import { Decimal } from "decimal.js";
import { parseFrenchDecimal } from "@nrs/core";
import { assetDayLayouts, parseAssetDay, type DayOrder } from "../asset-export/asset-day.js";
import { dayNumber } from "../calendar-day.js";
import { bad, notANumber, quote, tooLarge, type Parsed } from "./cell-problem.js";
import { MAX_LIFETIME_YEARS, MAX_LINE_KWH, MAX_LINE_QUANTITY, MAX_YEAR, MIN_YEAR } from "./inventory-limits.js";
import { lifetimeInfo, type LifetimeInfo } from "../devices/lifetime.js";

// The value of one inventory cell, from its (trimmed, mapped) text: pure functions, no line or column.

const SIMPLE_DECIMAL_RE = /^(\d{1,9})(?:[.,](\d{1,6}))?$/;
const GROUP_SPACES = /[ \u00a0\u202f]/g;

/** The number written by the ASCII digits of text[from, to), or -1 if one is not a digit. @internal */
export function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A `quantite` cell: a whole number from 1 to {@link MAX_LINE_QUANTITY}. @internal */
export function parseQuantity(text: string): Parsed<number> {
  if (text === "") return bad("NRS_INVENTORY_REQUIRED", "La quantité est vide.", "The quantity is empty.");
  let n = 0;
  let simple = text.length <= 12;
  for (let i = 0; simple && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) simple = false;
    else n = n * 10 + (c - 48);
  }
  if (!simple) {
    const d = parseFrenchDecimal(text);
    if (d === undefined) return notANumber(text);
    if (d.isNegative() && !d.isZero()) return bad("NRS_NEGATIVE", `Quantité négative (${text}).`, `Negative quantity (${text}).`);
    if (!d.isInteger()) {
      return bad(
        "NRS_INVENTORY_NOT_INTEGER",
        `La quantité ${quote(text)} doit être un nombre entier.`,
        `Quantity ${quote(text)} must be a whole number.`,
      );
    }
    if (d.gt(MAX_LINE_QUANTITY)) return tooLarge(text, String(MAX_LINE_QUANTITY));
    n = d.toNumber();
  }
  if (n === 0) return bad("NRS_NOT_POSITIVE", "La quantité doit être au moins 1.", "The quantity must be at least 1.");
  if (n > MAX_LINE_QUANTITY) return tooLarge(text, String(MAX_LINE_QUANTITY));
  return n;
}

/** A date cell, parsed once per distinct text. @internal */
export interface ParsedDate {
  readonly day: number;
  readonly iso: string;
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** A date cell: `YYYY-MM-DD` (a time after it is ignored) or `DD/MM/YYYY`, an existing day from 1980 to 2100. @internal */
export function parseDate(text: string, order: DayOrder = "dmy"): Parsed<ParsedDate> {
  const p = parseAssetDay(text, order);
  if ("error" in p) {
    if (p.error === "invalid")
      return bad("NRS_INVENTORY_BAD_DATE", `La date ${quote(text)} n'existe pas.`, `Date ${quote(text)} does not exist.`);
    const l = assetDayLayouts(order);
    return bad(
      "NRS_INVENTORY_BAD_DATE",
      `Date ${quote(text)} illisible : ${l.fr} attendu.`,
      `Unreadable date ${quote(text)}: ${l.en} expected.`,
    );
  }
  const { y, m, d } = p;
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return bad(
      "NRS_INVENTORY_DATE_RANGE",
      `Date ${quote(text)} hors de la plage ${MIN_YEAR}–${MAX_YEAR}.`,
      `Date ${quote(text)} outside ${MIN_YEAR}–${MAX_YEAR}.`,
    );
  }
  const isoText = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { day: dayNumber(y, m, d), iso: isoText, y, m, d };
}

/** A `duree_vie_annees` cell: a number of years above 0, at most {@link MAX_LIFETIME_YEARS}. @internal */
export function parseLifetime(text: string): Parsed<LifetimeInfo> {
  const v = parseFrenchDecimal(text);
  if (v === undefined) return notANumber(text);
  if (!v.isPositive() || v.isZero()) {
    return bad(
      v.isNegative() && !v.isZero() ? "NRS_NEGATIVE" : "NRS_NOT_POSITIVE",
      `Durée de vie ${quote(text)} : elle doit être supérieure à 0.`,
      `Lifetime ${quote(text)}: it must be greater than 0.`,
    );
  }
  if (v.gt(MAX_LIFETIME_YEARS)) return tooLarge(text, `${MAX_LIFETIME_YEARS} ans / years`);
  return lifetimeInfo(v);
}

/**
 * A `consommation_kwh_an` cell with at most 9 digits and 6 decimals, as millionths of a kWh (a safe
 * integer: no Decimal on the hot path); `undefined` for any other text, which {@link parseKwh} reads.
 * @internal
 */
export function parseKwhMicro(text: string): Parsed<number> | undefined {
  const m = SIMPLE_DECIMAL_RE.exec(text);
  if (m === null) return undefined;
  const frac = m[2] ?? "";
  const micro = Number(m[1]) * 1_000_000 + (frac === "" ? 0 : Number(frac.padEnd(6, "0")));
  return micro > MAX_LINE_KWH * 1_000_000 ? tooLarge(text, `${MAX_LINE_KWH} kWh`) : micro;
}

/** A `consommation_kwh_an` cell in any decimal writing (spaces grouping thousands, decimal comma). @internal */
export function parseKwh(text: string): Parsed<Decimal> {
  const v = parseFrenchDecimal(text.replace(GROUP_SPACES, ""));
  if (v === undefined) return notANumber(text);
  if (v.isNegative() && !v.isZero()) return bad("NRS_NEGATIVE", `Consommation négative (${text}).`, `Negative consumption (${text}).`);
  if (v.gt(MAX_LINE_KWH)) return tooLarge(text, `${MAX_LINE_KWH} kWh`);
  return v;
}

/** Millionths of a kWh back to kWh. @internal */
export function microToDecimal(micro: number): Decimal {
  return new Decimal(micro).dividedBy(1_000_000);
}
