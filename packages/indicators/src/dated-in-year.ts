/**
 * @internal Whether a `YYYY-MM-DD` date falls in a calendar year (an absent date falls in none): the one
 * year filter of the indicators, the AGEC art. 58 reuse share and declaration (a record counts in the
 * year of its date).
 */
export function datedInYear(date: string | undefined, year: number): boolean {
  return date !== undefined && date.startsWith(`${String(year).padStart(4, "0")}-`);
}
