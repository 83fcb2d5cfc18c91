import type { Decimal } from "decimal.js";
import { ex, Exact, type ExactValue } from "@nrs/core";
import { dayNumber } from "../calendar-day.js";
import { amortizedDays, spanDays, wholeWindowDays, windowLength, type DaySpan, type DeviceExposure } from "./exposure.js";
import { lifetimeInfo } from "./lifetime.js";
import { ymd, type ParsedInput } from "./parsed-device.js";
import { round, type ResultBuilder } from "./result-builder.js";

/**
 * The exposure of a checked device input (see `exposure.ts` for the rule), with the trace of what it
 * used: a group's device-days as given, one full year without a reporting year, or the days of the
 * year in service and within the amortisation window from the dates. @internal
 */
export function exposeDevice(b: ResultBuilder, v: ParsedInput, lifetime: Decimal, writeOffAtRetirement: boolean): DeviceExposure {
  if (v.deviceDays !== undefined) {
    const dd = v.deviceDays;
    const days = dayNumber(v.year! + 1, 1, 1) - dayNumber(v.year!, 1, 1);
    b.value("deviceDays.service", dd.service.toFixed(), "input", { unit: "device-day" });
    b.value("deviceDays.amortized", dd.amortized.toFixed(), "input", { unit: "device-day" });
    if (dd.chargedDeviceYears !== undefined) {
      b.value("chargedDeviceYears", dd.chargedDeviceYears.toFixed(), "input", {
        unit: "device-year",
        reason: {
          fr: "Part annuelle du fabriqué calculée ligne à ligne sur la fenêtre d'amortissement exacte (jours amortis / durée de la fenêtre).",
          en: "Yearly embodied share computed line by line over the exact amortisation window (amortised days / window length).",
        },
      });
    }
    return {
      service: ex(dd.service).div(days),
      amortized: ex(dd.amortized).div(days),
      // A whole year within the period charges 1/lifetime, as for a device without an acquisition date.
      charged: dd.chargedDeviceYears !== undefined ? ex(dd.chargedDeviceYears) : ex(dd.amortized).div(ex(lifetime).times(days)),
    };
  }
  const q = ex(v.quantity ?? 1);
  b.value(
    "quantity",
    q.toFixed(),
    v.quantity === undefined ? "default" : "input",
    v.quantity === undefined ? { reason: { fr: "Un équipement par défaut.", en: "One device by default." } } : {},
  );
  if (v.year === undefined) {
    b.note(
      "Sans année d'exercice : une année complète de service, dans la période d'amortissement.",
      "No reporting year: one full year of service, within the amortisation period.",
    );
    return { service: q, amortized: q, charged: q.div(ex(lifetime)) };
  }
  return datedExposure(b, v, v.year, q, lifetime, writeOffAtRetirement);
}

function datedExposure(
  b: ResultBuilder,
  v: ParsedInput,
  y: number,
  q: ExactValue,
  lifetime: Decimal,
  writeOffAtRetirement: boolean,
): DeviceExposure {
  const start = dayNumber(y, 1, 1);
  const end = dayNumber(y + 1, 1, 1);
  const days = end - start;
  const acqYmd = v.acquisitionDate !== undefined ? ymd(v.acquisitionDate) : undefined;
  const acq = acqYmd !== undefined ? dayNumber(...acqYmd) : undefined;
  const ret = v.retirementDate !== undefined ? dayNumber(...ymd(v.retirementDate)) : undefined;
  const span: DaySpan = { service: 0, amortizedWhole: 0, withFraction: false };
  let amortDays: ExactValue;
  let charged: ExactValue;
  if (acqYmd !== undefined && acq !== undefined) {
    // The exact window length is the denominator, so a device's yearly shares add up to its whole
    // embodied impact and a longer lifetime never charges a year more.
    const life = lifetimeInfo(lifetime);
    const window = wholeWindowDays(acqYmd[0], acqYmd[1], acqYmd[2], acq, life);
    spanDays(span, start, end, acq, ret, window, life);
    amortDays = amortizedDays(span, life);
    const length = windowLength(window, life);
    charged = q.times(amortDays).div(length);
    const windowEnd = length.plus(acq);
    if (writeOffAtRetirement && ret !== undefined && ret >= start && ret < end && windowEnd.gt(ret)) {
      const rest = windowEnd.minus(Math.max(ret, acq));
      charged = charged.plus(q.times(rest).div(length));
      b.value("writeOffDays", round(rest).toFixed(), "input", {
        unit: "day",
        reason: {
          fr: "Sortie avant la fin de l'amortissement : le reste est imputé à l'année de sortie.",
          en: "Retired before the end of amortisation: the remainder is charged to the year of retirement.",
        },
      });
    }
  } else {
    spanDays(span, start, end, undefined, ret, -1, undefined);
    amortDays = new Exact(span.service);
    charged = q.times(span.service).div(ex(days).times(ex(lifetime)));
    b.value("acquisitionDate", "", "default", {
      reason: {
        fr: "Date d'acquisition inconnue : équipement supposé dans sa période d'amortissement toute l'année.",
        en: "Unknown acquisition date: device assumed within its amortisation period all year.",
      },
    });
  }
  if (v.acquisitionDate !== undefined) b.value("acquisitionDate", v.acquisitionDate, "input");
  if (v.retirementDate !== undefined) b.value("retirementDate", v.retirementDate, "input");
  b.value("serviceDays", String(span.service), "default", {
    unit: "day",
    reason: { fr: `Jours en service en ${y} sur ${days}.`, en: `Days in service in ${y} out of ${days}.` },
  });
  b.value("amortizedDays", round(amortDays).toFixed(), "default", {
    unit: "day",
    reason: {
      fr: `Jours en service et dans la période d'amortissement en ${y}.`,
      en: `Days in service and within the amortisation period in ${y}.`,
    },
  });
  return { service: q.times(span.service).div(days), amortized: q.times(amortDays).div(days), charged };
}
