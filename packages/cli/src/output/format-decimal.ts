import type { Lang } from "@nrs/core";
import { Decimal } from "decimal.js";

/**
 * Writes a number for a person, exactly (no binary floating point on the way): French uses a narrow
 * no-break space between thousands and a comma for decimals (`1 234,57`), English `1,234.57`.
 */
export function formatDecimal(value: Decimal | string | number, lang: Lang, fractionDigits = 0): string {
  const fixed = new Decimal(value).toFixed(fractionDigits, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-");
  const [int = "0", frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const group = lang === "fr" ? "\u202f" : ",";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = frac === undefined ? grouped : `${grouped}${lang === "fr" ? "," : "."}${frac}`;
  return negative && !/^[0.,\u202f]+$/.test(body) ? `-${body}` : body;
}
