import { Exact } from "@nrs/core";
import type { IndicatorComponent } from "../indicator-value.js";
import type { DatasetComputer } from "./dataset-computer.js";
import { formula, mine, noData, put, ratio, used, type Ctx } from "./context.js";
import { perAgentBase } from "./per-agent.js";

function compute(ctx: Ctx): void {
  const rows = mine(ctx, ctx.data.printing)?.filter((r) => r.pages !== undefined);
  if (rows === undefined || rows.length === 0) {
    noData(
      ctx,
      ["pages-imprimees-par-agent"],
      "printing",
      "Aucune page imprimée renseignée (impressions.csv).",
      "No pages printed given (impressions.csv).",
    );
    return;
  }
  const base = perAgentBase(ctx, ["pages-imprimees-par-agent"]);
  if (base === undefined) return;
  const pages = rows.reduce((s, r) => s.plus(r.pages ?? 0), new Exact(0));
  put(ctx, "pages-imprimees-par-agent", {
    component: ratio(pages, base) as IndicatorComponent,
    records: [
      used(
        "impressions",
        rows.map((r) => r.line),
      ),
    ],
    formula: formula(pages, base),
    quality: "MESUREE",
  });
}

/** @internal The indicators computed from `printing`, `agents`. */
export const printingComputer: DatasetComputer = {
  name: "printing",
  reads: ["printing", "agents"],
  codes: ["pages-imprimees-par-agent"],
  compute,
};
