/**
 * A calendar day: year, month (1–12) and day of the month, as {@link parseIsoDay} reads it.
 *
 * @example
 * ```ts
 * import { parseIsoDay, type IsoDay } from "@nrs/core";
 * const d: IsoDay | undefined = parseIsoDay("2024-02-29");
 * console.log(d); // { year: 2024, month: 2, day: 29 }
 * ```
 */
export interface IsoDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a day written `YYYY-MM-DD` (ISO 8601, four-digit year) that exists in the proleptic Gregorian
 * calendar (`2023-02-29` is refused), or `undefined`: the one ISO day parser of the SDK. Integer
 * arithmetic only, no `Date` and no time zone.
 *
 * @example
 * ```ts
 * import { parseIsoDay } from "@nrs/core";
 * console.log(parseIsoDay("2025-12-31")?.month, parseIsoDay("2023-02-29"), parseIsoDay("2025-1-5")); // 12 undefined undefined
 * ```
 */
export function parseIsoDay(text: string): IsoDay | undefined {
  const m = ISO_DAY.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether a string is a real calendar day written `YYYY-MM-DD` (see {@link parseIsoDay}).
 *
 * @example
 * ```ts
 * import { isIsoDay } from "@nrs/core";
 * console.log(isIsoDay("2024-02-29"), isIsoDay("2023-02-29")); // true false
 * ```
 */
export function isIsoDay(text: string): boolean {
  return parseIsoDay(text) !== undefined;
}

/**
 * A day written `YYYY-MM-DD`, for a day read in another format.
 *
 * @example
 * ```ts
 * import { formatIsoDay } from "@nrs/core";
 * console.log(formatIsoDay({ year: 2025, month: 3, day: 7 })); // 2025-03-07
 * ```
 */
export function formatIsoDay(d: IsoDay): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/**
 * The number of days of a month (1–12) of a year in the proleptic Gregorian calendar: the calendar rule
 * of {@link parseIsoDay}, for the readers of other day layouts and for day arithmetic.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "@nrs/core";
 * console.log(daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2025, 4)); // 29 28 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
