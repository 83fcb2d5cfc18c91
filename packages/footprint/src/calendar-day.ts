/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). Integer arithmetic only, so that
 * inventory dates can be compared and subtracted without `Date` objects (and without time zones).
 *
 * @internal Not part of the public API (used inside the package).
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
