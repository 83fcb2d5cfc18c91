import { daysInMonth, ex, type ExactValue } from "@nrs/core";
import { dayNumber } from "../calendar-day.js";
import type { LifetimeInfo } from "./lifetime.js";

// The one amortisation rule of the package, used by the single device, the hosting equipment and every
// inventory line. For a reporting year [start, end) (day numbers), devices are in service from their
// acquisition (or the start of the year when unknown) to their retirement (excluded, or the end of the
// year). Their amortisation window starts at the acquisition and lasts W days: the whole years of the
// lifetime on the calendar (29 February → 28 February) plus the fraction of a year as days of 365.25.
// The year's share of one device's embodied impact is (its days in service within the window) / W;
// without an acquisition date, a device is within its window all year: days in service / (days in the
// year × lifetime).

/** Whole days of the amortisation window from an acquisition day (civil y-m-d): whole years on the calendar. @internal */
export function wholeWindowDays(y: number, m: number, d: number, acquisitionDay: number, life: LifetimeInfo): number {
  const ty = y + life.wholeYears;
  return dayNumber(ty, m, Math.min(d, daysInMonth(ty, m))) - acquisitionDay;
}

/**
 * The days of one device during the reporting year: in service, and within the amortisation window as
 * whole days plus, when `withFraction`, the window's fraction of a day. A scratch object the inventory
 * reuses for every line (no allocation). @internal
 */
export interface DaySpan {
  service: number;
  amortizedWhole: number;
  withFraction: boolean;
}

/**
 * Fills `span` for one device (or identical devices) in the year [start, end). `acquisition` and
 * `retirement` are day numbers (undefined when unknown); `window` is {@link wholeWindowDays} of the
 * acquisition (ignored without one). Integer comparisons only: the fraction is compared through its ceiling.
 * @internal
 */
export function spanDays(
  span: DaySpan,
  start: number,
  end: number,
  acquisition: number | undefined,
  retirement: number | undefined,
  window: number,
  life: LifetimeInfo | undefined,
): DaySpan {
  const from = acquisition === undefined || acquisition < start ? start : acquisition;
  const to = retirement === undefined || retirement > end ? end : retirement;
  const service = to > from ? to - from : 0;
  span.service = service;
  span.amortizedWhole = service;
  span.withFraction = false;
  if (acquisition === undefined || life === undefined || service === 0) {
    if (acquisition !== undefined && life !== undefined) span.amortizedWhole = 0;
    return span;
  }
  // The window ends at acquisition + window + fraction; it cuts the stay when that is before `to`.
  const wholeEnd = acquisition + window;
  const gap = to - wholeEnd;
  if (life.fractionWhole ? life.fractionCeil < gap : life.fractionCeil <= gap) {
    const whole = wholeEnd - from;
    // whole + fraction ≤ 0: the window ended before the year (or the stay) began.
    if (life.fractionCeil <= -whole) span.amortizedWhole = 0;
    else {
      span.amortizedWhole = whole;
      span.withFraction = true;
    }
  }
  return span;
}

/** Amortised days of a span, exact. @internal */
export function amortizedDays(span: DaySpan, life: LifetimeInfo | undefined): ExactValue {
  const whole = ex(span.amortizedWhole);
  return span.withFraction && life !== undefined ? whole.plus(ex(life.fractionDays)) : whole;
}

/** The window length W in days, exact: whole days plus the fraction. @internal */
export function windowLength(window: number, life: LifetimeInfo): ExactValue {
  return ex(life.fractionDays).plus(window);
}

/**
 * What devices are charged for a period, in device-years: in service, within the amortisation window,
 * and the share of one device's embodied impact (summed over the devices). The charge step reads this.
 * @internal
 */
export interface DeviceExposure {
  readonly service: ExactValue;
  readonly amortized: ExactValue;
  readonly charged: ExactValue;
}
