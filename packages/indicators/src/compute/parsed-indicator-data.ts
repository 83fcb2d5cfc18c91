import type { EcoIndexMeasurementRecord } from "../ecoindex-record.js";
import type { IndicatorData } from "../indicator-data.js";
import type { PurchaseRecord } from "../purchase-record.js";
import type { RetirementRecord } from "../retirement-record.js";

/**
 * @internal {@link IndicatorData} once its records are checked: the records of every data file as their
 * schema gives them (amounts and ages as `Decimal`), which is what the dataset computers read.
 */
export interface ParsedIndicatorData extends Omit<IndicatorData, "purchases" | "retirements" | "ecoindex"> {
  readonly purchases?: readonly PurchaseRecord[];
  readonly retirements?: readonly RetirementRecord[];
  readonly ecoindex?: readonly EcoIndexMeasurementRecord[];
}
