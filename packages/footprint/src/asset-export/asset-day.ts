import { daysInMonth } from "@nrs/core";

/**
 * The order of day and month in a date written with `/`, `-` or `.` and the year last. `dmy` (the
 * French order) unless a setting says otherwise: `03-04-2024` cannot tell by itself whether it is the
 * 3rd of April or the 4th of March, and GLPI lets each user choose `MM-DD-YYYY`.
 *
 * @example
 * ```ts
 * import { parseAssetDay, type DayOrder } from "@nrs/footprint";
 * const order: DayOrder = "mdy";
 * console.log(parseAssetDay("07-22-2020", order)); // { y: 2020, m: 7, d: 22 }
 * ```
 */
export type DayOrder = "dmy" | "mdy";

/**
 * A civil day read from a cell, or why it could not be read: `format` (not a date layout this parser
 * knows) or `invalid` (a layout it knows, naming a day that does not exist, such as 31 February).
 *
 * @example
 * ```ts
 * import { parseAssetDay, type AssetDay } from "@nrs/footprint";
 * const day: AssetDay = parseAssetDay("31/02/2024");
 * console.log(day); // { error: "invalid" }
 * ```
 */
export type AssetDay = { readonly y: number; readonly m: number; readonly d: number } | { readonly error: "format" | "invalid" };

// Year first (ISO), with an optional time (GLPI writes "2024-01-15 10:32", JSON writers add a "T" and a zone).
// eslint-disable-next-line no-restricted-syntax -- asset managers write days in layouts core does not read (one-digit month, a time after the day); the calendar rule is core's daysInMonth
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Year last, one separator used twice, with an optional time.
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * Reads a day as asset managers export it: `YYYY-MM-DD` (a time after it is ignored), `DD/MM/YYYY`,
 * `DD-MM-YYYY` and `DD.MM.YYYY` (one or two digits for day and month, a time after it is ignored), or
 * the same three with month first when `order` is `mdy`. Pure, no `Date` object, no time zone: the day
 * written is the day returned. The caller decides which years are plausible.
 *
 * @example
 * ```ts
 * import { parseAssetDay } from "@nrs/footprint";
 * console.log(parseAssetDay("2024-01-15 10:32")); // { y: 2024, m: 1, d: 15 }
 * console.log(parseAssetDay("22-07-2020")); // { y: 2020, m: 7, d: 22 }
 * console.log(parseAssetDay("5.3.2021")); // { y: 2021, m: 3, d: 5 }
 * console.log(parseAssetDay("demain")); // { error: "format" }
 * ```
 */
export function parseAssetDay(text: string, order: DayOrder = "dmy"): AssetDay {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = YEAR_FIRST.exec(t);
  if (iso !== null) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else {
    const last = YEAR_LAST.exec(t);
    if (last === null) return { error: "format" };
    const first = Number(last[1]);
    const second = Number(last[3]);
    y = Number(last[4]);
    [d, m] = order === "dmy" ? [first, second] : [second, first];
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { error: "invalid" };
  return { y, m, d };
}

/**
 * The layouts {@link parseAssetDay} reads for an order, as shown in messages.
 *
 * @example
 * ```ts
 * import { assetDayLayouts } from "@nrs/footprint";
 * console.log(assetDayLayouts("dmy").en); // "YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY"
 * ```
 */
export function assetDayLayouts(order: DayOrder): { readonly fr: string; readonly en: string } {
  return order === "dmy"
    ? { fr: "AAAA-MM-JJ, JJ/MM/AAAA, JJ-MM-AAAA ou JJ.MM.AAAA", en: "YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY" }
    : { fr: "AAAA-MM-JJ, MM/JJ/AAAA, MM-JJ-AAAA ou MM.JJ.AAAA", en: "YYYY-MM-DD, MM/DD/YYYY, MM-DD-YYYY or MM.DD.YYYY" };
}
