import type { IndicatorCode } from "../catalogue.js";
import type { IndicatorData } from "../indicator-data.js";
import type { Ctx } from "./context.js";

/**
 * @internal One entry of the compute table: the indicators computed from one dataset, and the
 * `IndicatorData` fields they read. Adding an indicator means adding its code here and its value in
 * `compute`; a code no entry lists is reported « collected » (`COLLECTE`).
 */
export interface DatasetComputer {
  /** Short name of the dataset (the file name in `compute/`). */
  readonly name: string;
  /** The `IndicatorData` fields it reads (the data-file registry derives « indicators fed » from it). */
  readonly reads: readonly (keyof IndicatorData)[];
  /** Every code it gives a value or a reason for (each one exactly once per call). */
  readonly codes: readonly IndicatorCode[];
  /** Pushes a value or a `notComputed` for each of `codes` into the context. */
  readonly compute: (ctx: Ctx) => void;
}
