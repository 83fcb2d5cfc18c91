import { computeEquipment } from "./compute-device.js";
import type { DeviceFootprintInput, DeviceFootprintOptions, DeviceFootprintResult } from "./device-input.js";

/**
 * Footprint of identical devices, for a reporting year or for one year of service.
 *
 * **Embodied impact** (manufacturing, distribution, end of life, from the pack) is spread straight-line
 * over the lifetime, day by day: a year carries `impact × quantity × d / W`, where `W` is the length in
 * days of the amortisation period (acquisition date plus the lifetime: whole years on the calendar,
 * the fraction as days of 365.25) and `d` the days of the year in the estate within that period. So a
 * device's yearly shares add up to its whole embodied impact, and a longer lifetime never charges a
 * year more. Past its lifetime a device carries no embodied impact; one retired early carries none
 * after its retirement, and the remainder is charged to no year unless `writeOffAtRetirement` is set
 * (then to the year of retirement). Without an acquisition date a year in
 * service carries `impact × quantity / lifetime` (prorated by the days in service); with `deviceDays`,
 * `impact × amortized / (lifetime × days in the year)` (so a day weighs 1/(days in its year × lifetime)
 * rather than 1/window length: within one day per lifetime of the dated computation); without a year, `impact × quantity / lifetime`.
 *
 * **Use**: kWh = power (W) × hours per day × 365 ÷ 1000 per device-year in service (or the measured
 * kWh), times the grid factor of `location` for the reporting year (the latest earlier year when the
 * pack has none for it). The `energy` criterion gets the kWh.
 *
 * **Second life** (`reemploi`, `reconditionne`): distribution and end of life count in full; manufacturing
 * counts for `secondLifeManufacturingShare` (default 0, cut-off: the first life bore it). The impact
 * of refurbishing is not in the pack and so is absent, not zero (a note says so).
 *
 * `min`/`max` come from the pack rows that have ranges. Cost is a few lookups and a dozen exact
 * products, independent of the quantity: call it once per group of identical devices.
 *
 * @example
 * ```ts
 * import { computeDeviceFootprint } from "@nrs/footprint";
 * const r = computeDeviceFootprint({ type: "ordinateur_portable", quantity: 10, year: 2025 });
 * // 10 laptops, ADEME figures: (170 + 12.3 + 2.79) kgCO2e / 5 years each, plus 26.5 W × 3 h × 365 d at 0.0461 kgCO2e/kWh
 * console.log(r.impacts.gwp?.manufacturing?.value.toString()); // "340"
 * console.log(r.impacts.energy?.use?.value.toString(), r.impacts.gwp?.use?.value.toString()); // "290.175" "13.3770675"
 * ```
 */
export function computeDeviceFootprint(input: DeviceFootprintInput, options: DeviceFootprintOptions = {}): DeviceFootprintResult {
  return computeEquipment(input, options, {});
}
