/**
 * @internal Whether a `YYYY-MM-DD` date falls in a calendar year: the one year filter of the AGEC art. 58
 * reuse share and declaration (a purchase counts in the year of its date).
 */
export function datedInYear(date: string, year: number): boolean {
  return date.startsWith(`${String(year).padStart(4, "0")}-`);
}
