import type { Decimal } from "decimal.js";
import type { LifetimeInfo } from "../devices/lifetime.js";
import type { InventoryOrigin } from "./inventory-origins.js";

/**
 * One good record in the cheap form the aggregators read. The reader reuses a single instance, so a
 * consumer must copy what it keeps. @internal
 */
export interface LineRecord {
  line: number;
  type: string;
  quantity: number;
  acquisitionDay: number | undefined;
  acquisitionDate: string | undefined;
  /** Civil year, month and day of the acquisition date (valid when `acquisitionDay` is set). */
  acquisitionYear: number;
  acquisitionMonth: number;
  acquisitionDayOfMonth: number;
  retirementDay: number | undefined;
  retirementDate: string | undefined;
  lifetime: LifetimeInfo | undefined;
  origin: InventoryOrigin;
  location: string;
  /** Measured kWh in millionths, when it fits a safe integer; else `kwhDecimal`. */
  kwhMicro: number | undefined;
  kwhDecimal: Decimal | undefined;
  entity: string;
  id: string | undefined;
  model: string | undefined;
  comment: string | undefined;
  /** Where the items serve (`site`), "" when not said. */
  site: string;
}

/** A blank record, for the reader to fill again and again. @internal */
export function blankRecord(): LineRecord {
  return {
    line: 0,
    type: "",
    quantity: 0,
    acquisitionDay: undefined,
    acquisitionDate: undefined,
    acquisitionYear: 0,
    acquisitionMonth: 0,
    acquisitionDayOfMonth: 0,
    retirementDay: undefined,
    retirementDate: undefined,
    lifetime: undefined,
    origin: "neuf",
    location: "",
    kwhMicro: undefined,
    kwhDecimal: undefined,
    entity: "",
    id: undefined,
    model: undefined,
    comment: undefined,
    site: "",
  };
}
