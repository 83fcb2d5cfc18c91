import type { Decimal } from "decimal.js";
import { definedProps, ex } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import type { IndicatorComponent } from "../indicator-value.js";
import { agecReuseShare } from "../agec-reuse-share.js";
import { mine, put, noData, formula, used, type Ctx } from "./context.js";

const CODE = "part-achats-reemploi";

function compute(ctx: Ctx): void {
  const options = ctx.options;
  const rows = mine(ctx, ctx.data.purchases);
  if (rows === undefined) {
    noData(ctx, [CODE], "purchases", "Pas de données d'achats (achats.csv).", "No purchase data (achats.csv).");
    return;
  }
  const shares = agecReuseShare(rows, { year: ctx.year, ...definedProps({ thresholds: options.agecThresholds }) });
  const it = shares.find((s) => s.category === "informatique-telephonie");
  if (it === undefined) {
    noData(
      ctx,
      [CODE],
      "purchases",
      `Aucun achat de matériel informatique et de téléphonie en ${ctx.year}.`,
      `No IT or phone purchase in ${ctx.year}.`,
    );
    return;
  }
  const strip = (s: (typeof shares)[number]): IndicatorComponent => {
    const { value, numerator, denominator, reference } = s;
    return { value, ...definedProps({ numerator, denominator, reference }) };
  };
  put(ctx, CODE, {
    component: strip(it),
    breakdown: Object.fromEntries(shares.map((s) => [s.category, strip(s)])),
    records: [used("achats", it.lines)],
    formula: formula(ex(it.numerator as Decimal), ex(it.denominator as Decimal), 100),
    quality: "MESUREE",
  });
}

/** @internal The indicators computed from `purchases`. */
export const purchasesComputer: DatasetComputer = {
  name: "purchases",
  reads: ["purchases"],
  codes: [CODE],
  compute,
};
