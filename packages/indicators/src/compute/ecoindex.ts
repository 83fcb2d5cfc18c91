import { Decimal } from "decimal.js";
import { ecoIndex, ecoIndexGrade } from "@nrs/footprint";
import { ex, Exact, type Message } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import type { IndicatorComponent } from "../indicator-value.js";
import { DEFAULT_ENTITY } from "../default-entity.js";
import { datedInYear } from "../dated-in-year.js";
import { mine, put, noData, ratio, fmt, used, latestBy, type Ctx } from "./context.js";

function compute(ctx: Ctx): void {
  const rows = mine(ctx, ctx.data.ecoindex);
  const year = rows?.filter((r) => datedInYear(r.date, ctx.year));
  if (year === undefined || year.length === 0) {
    noData(ctx, ["ecoindex-moyen"], "ecoindex", `Aucune mesure EcoIndex en ${ctx.year}.`, `No EcoIndex measurement in ${ctx.year}.`);
    return;
  }
  const latest = latestBy(year, (r) => `${r.entity ?? DEFAULT_ENTITY}\u0000${r.url}`);
  let sum = new Exact(0),
    n = 0,
    computed = 0;
  const grades: Record<string, number> = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, G: 0 };
  const lines: (number | undefined)[] = [];
  for (const [, list] of latest) {
    const m = list[list.length - 1];
    if (m === undefined) continue;
    let score = m.score;
    if (score === undefined) {
      score = ecoIndex({ dom: m.dom as Decimal, requests: m.requests as Decimal, sizeKb: m.sizeKb as Decimal }).score;
      computed++;
    }
    sum = sum.plus(ex(score));
    n++;
    const g = ecoIndexGrade(score);
    grades[g] = (grades[g] ?? 0) + 1;
    lines.push(m.line);
  }
  const notes: Message[] =
    computed > 0
      ? [
          {
            fr: `${computed} score(s) calculé(s) par @nrs/footprint à partir du DOM, des requêtes et du poids.`,
            en: `${computed} score(s) computed by @nrs/footprint from DOM, requests and size.`,
          },
        ]
      : [];
  put(ctx, "ecoindex-moyen", {
    component: ratio(sum, new Exact(n)) as IndicatorComponent,
    breakdown: Object.fromEntries(Object.entries(grades).map(([k, v]) => [k, { value: new Decimal(v) }])),
    records: [used("ecoindex", lines)],
    formula: { fr: `Σ scores / pages = ${fmt(sum)} / ${n}`, en: `Σ scores / pages = ${fmt(sum)} / ${n}` },
    notes,
    quality: "MESUREE",
  });
}

/** @internal The indicators computed from `ecoindex`. */
export const ecoIndexComputer: DatasetComputer = {
  name: "ecoindex",
  reads: ["ecoindex"],
  codes: ["ecoindex-moyen"],
  compute,
};
