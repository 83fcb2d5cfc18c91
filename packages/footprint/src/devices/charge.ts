import { Exact, type ExactValue } from "@nrs/core";
import type { ChargedRow } from "./device-factors.js";
import type { ResultBuilder } from "./result-builder.js";

/**
 * The charge step: each row times its quantity (device-years charged for an embodied row, kWh for a
 * use row) into its cell, over whatever criteria the rows cover. Manufacturing is further scaled by the
 * second-life share. @internal
 */
export function charge(
  b: ResultBuilder,
  rows: readonly ChargedRow[],
  quantity: ExactValue,
  manufacturingShare: ExactValue = new Exact(1),
): void {
  for (const { criterion, stage, row } of rows)
    b.addFactor(criterion, stage, row, quantity, stage === "manufacturing" ? manufacturingShare : new Exact(1));
}
