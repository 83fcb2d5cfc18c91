import type { Decimal } from "decimal.js";
import type { DecimalInput, Problem } from "@nrs/core";
import type { InventoryOrigin } from "./inventory-origins.js";

/**
 * Inventory lines that a calculator can treat as one: same type, entity, origin, lifetime, grid zone
 * and kind of electricity figure (measured or estimated). Quantities and day counts are exact integer
 * sums over the lines, so that the Decimal work of a footprint grows with the number of groups, not
 * of lines.
 *
 * The day counts carry the reporting-year allocation, with the rule of `computeDeviceFootprint`. For
 * each line, the days of the year during which the items were in the estate (from `date_acquisition`,
 * or the whole year when unknown, to `date_sortie`, excluded) are multiplied by the quantity:
 * `serviceDeviceDays`. The amortisation window of a line starts at its acquisition date and lasts
 * `W` days: the whole years of the lifetime on the calendar (29 February → 28 February) plus the
 * fraction of a year as days of 365.25. The days in the estate that fall within the window, times the
 * quantity, make `amortizedDeviceDays` (fractional when a window ends within the year). The year's
 * share of the embodied impact is `Σ quantity × amortised days / W` over the lines:
 * `chargedDeviceYears`. Lines without acquisition date are charged `quantity × days in service /
 * (days in the year × lifetime)`. Lines are bucketed by `W` inside a group, so the only divisions are
 * one per distinct window length, as many as the per-line calculation would make for those lines.
 *
 * @example
 * ```ts
 * import { parseInventoryCsv } from "@nrs/footprint";
 * const csv = "type;quantite;date_acquisition;duree_vie_annees\necran;2;2024-07-01;5\necran;1;2020-01-01;5\n";
 * const r = await parseInventoryCsv(csv, { reportingYear: 2024 });
 * const g = r.groups?.groups[0];
 * // 2 screens × 184 days (1 July – 31 Dec) + 1 screen × 366 days
 * console.log(g?.quantity, g?.serviceDeviceDays.toString()); // 3 "734"
 * ```
 */
export interface InventoryGroup {
  /** Type code of the lines, e.g. `ordinateur_portable`. */
  readonly type: string;
  /** `""` when the lines name no entity. */
  readonly entity: string;
  /** Origin of the lines (`neuf`, `reemploi`, `reconditionne`). */
  readonly origin: InventoryOrigin;
  /** Absent when the lines leave it empty: the type's default applies. */
  readonly lifetimeYears?: Decimal;
  /** `""` when the lines name no grid zone: the calculator's default applies. */
  readonly location: string;
  /** Where the items serve (`site`: a usage code such as `ecoles`, or the text as written); `""` when not said. */
  readonly site: string;
  /** True when the lines give a measured consumption (`consommation_kwh_an`). */
  readonly measured: boolean;
  /** Number of inventory lines in the group. */
  readonly lines: number;
  /** Line of the group's first inventory line (0 for an inventory read from JSON). */
  readonly firstLine: number;
  /** Sum of the quantities. */
  readonly quantity: number;
  /** Sum of the quantities of lines without an acquisition date (their whole-year default is traced). */
  readonly quantityWithoutDate: number;
  /** Σ quantity × days in the estate during the reporting year. */
  readonly serviceDeviceDays: Decimal;
  /** Σ quantity × days in the estate and within the amortisation window during the reporting year. */
  readonly amortizedDeviceDays: Decimal;
  /**
   * The year's share of the embodied impact, in device-years: Σ quantity × amortised days / window
   * length. Divisions are made at 120 significant digits (the only rounding of the inventory). Absent
   * when the lifetime is unknown (no `duree_vie_annees` and no default for the type).
   */
  readonly chargedDeviceYears?: Decimal;
  /** Σ measured kWh of the lines (only when `measured`). */
  readonly annualKwh?: Decimal;
}

/**
 * The groups of an inventory for one reporting year.
 *
 * @example
 * ```ts
 * import { groupInventory, type InventoryGroups } from "@nrs/footprint";
 * const g: InventoryGroups = groupInventory([{ line: 2, type: "ecran", quantity: 1, origin: "neuf" }], { reportingYear: 2024 });
 * console.log(g.daysInYear, g.groups[0]?.serviceDeviceDays.toString()); // 366 "366"
 * ```
 */
export interface InventoryGroups {
  /** The year the groups were made for. */
  readonly reportingYear: number;
  /** 365 or 366: the denominator of the day counts. */
  readonly daysInYear: number;
  /** The groups, sorted by type, entity, origin, lifetime, location, site, measured. */
  readonly groups: readonly InventoryGroup[];
  /** Lines that could not be allocated (no lifetime known for their type), one problem each. */
  readonly problems: readonly Problem[];
}

/**
 * Options of `groupInventory`.
 *
 * @example
 * ```ts
 * import { groupInventory, type GroupInventoryOptions } from "@nrs/footprint";
 * const options: GroupInventoryOptions = { reportingYear: 2025, defaultLifetimes: (type) => (type === "ecran" ? 6 : undefined) };
 * console.log(groupInventory([{ line: 2, type: "ecran", quantity: 1, origin: "neuf", acquisitionDate: "2024-01-01" }], options).groups.length); // 1
 * ```
 */
export interface GroupInventoryOptions {
  /** The year whose days are counted (1980–2100). */
  readonly reportingYear: number;
  /**
   * Default lifetime in years per type code, used when a line has an acquisition date and no
   * lifetime. A line that needs one and finds none is reported (`NRS_INVENTORY_NO_LIFETIME`).
   */
  readonly defaultLifetimes?: Readonly<Record<string, DecimalInput>> | ((type: string) => DecimalInput | undefined);
}
