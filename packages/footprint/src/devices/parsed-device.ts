import type { Decimal } from "decimal.js";
import { parseIsoDay } from "@nrs/core";

/** The use of a checked device input: a measured consumption, or the estimate's parameters. @internal */
export interface ParsedUse {
  readonly kwhPerYear?: Decimal;
  readonly per?: "device" | "group";
  readonly hoursPerDay?: Decimal;
  readonly powerW?: Decimal;
}

/**
 * A device input that has been checked: what `computeDeviceFootprint` reads from its input, or what the
 * inventory builds from lines it has already validated. @internal
 */
export interface ParsedInput {
  readonly type: string;
  readonly quantity?: Decimal;
  readonly lifetimeYears?: Decimal;
  readonly use?: ParsedUse;
  readonly location?: string;
  readonly origin?: "neuf" | "reemploi" | "reconditionne";
  readonly acquisitionDate?: string;
  readonly retirementDate?: string;
  readonly year?: number;
  /**
   * A group's exposure for `year`: device-days in service and within the amortisation window, and (from
   * the inventory, which applies the dated rule line by line) the device-years charged. Without
   * `chargedDeviceYears`, a day within the window charges 1 / (days in the year × lifetime).
   */
  readonly deviceDays?: { readonly service: Decimal; readonly amortized: Decimal; readonly chargedDeviceYears?: Decimal };
}

/** Year, month and day of a checked `YYYY-MM-DD` date. @internal */
export function ymd(text: string): [number, number, number] {
  const d = parseIsoDay(text)!;
  return [d.year, d.month, d.day];
}
