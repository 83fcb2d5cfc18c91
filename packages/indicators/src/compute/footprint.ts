import type { Decimal } from "decimal.js";
import { definedProps, ex, Exact, out, toDecimal, type ExactValue } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import type { IndicatorComponent } from "../indicator-value.js";
import { perAgentBase } from "./per-agent.js";
import { put, skip, noData, ratio, fmt, formula, type Ctx } from "./context.js";

// The lifecycle stages of @nrs/footprint under the names of the breakdown (as the decree's bilans write them).
const STAGE_KEYS: Readonly<Record<string, string>> = {
  manufacturing: "fabrication",
  distribution: "distribution",
  use: "utilisation",
  endOfLife: "fin-de-vie",
};

const CODES = ["empreinte-carbone-totale", "empreinte-carbone-par-agent", "empreinte-carbone-par-habitant"] as const;

function compute(ctx: Ctx): void {
  const data = ctx.data;
  const gwp = data.footprint?.impacts.gwp;
  // Each stage's value checked and converted once (a number or a decimal string is accepted).
  const stages: [string, { value: Decimal }][] =
    gwp === undefined
      ? []
      : Object.entries(gwp).flatMap(([k, c]) =>
          c === undefined
            ? []
            : [[k, { value: toDecimal(c.value, ["footprint", "impacts", "gwp", k, "value"]) }] as [string, { value: Decimal }]],
        );
  if (data.footprint === undefined || stages.length === 0) {
    noData(
      ctx,
      CODES,
      "footprint",
      "Aucune empreinte (impact GES) calculée pour l'année.",
      "No footprint (GHG impact) computed for the year.",
    );
    return;
  }
  const packs = data.footprint.factorPacks;
  const extra = definedProps({ factorPacks: packs });
  const total = stages.reduce((s, [, c]) => s.plus(ex(c.value)), new Exact(0));
  const records = [{ dataset: "empreinte" as const, count: stages.length }];
  const byStage = (den: ExactValue): Record<string, IndicatorComponent> =>
    Object.fromEntries(stages.map(([k, c]) => [STAGE_KEYS[k] ?? k, ratio(ex(c.value), den) as IndicatorComponent]));
  put(ctx, "empreinte-carbone-totale", {
    component: { value: out(total) },
    breakdown: byStage(new Exact(1)),
    records,
    formula: { fr: `Σ étapes = ${fmt(total)} kgCO2e`, en: `Σ stages = ${fmt(total)} kgCO2e` },
    ...extra,
  });
  const agents = perAgentBase(ctx, ["empreinte-carbone-par-agent"]);
  if (agents !== undefined) {
    put(ctx, "empreinte-carbone-par-agent", {
      component: ratio(total, agents) as IndicatorComponent,
      breakdown: byStage(agents),
      records,
      formula: formula(total, agents),
      ...extra,
    });
  }
  if (data.population === undefined) {
    noData(ctx, ["empreinte-carbone-par-habitant"], "population", "La population n'est pas renseignée.", "The population is not given.");
  } else {
    const pop = ex(toDecimal(data.population, ["population"]));
    if (pop.lte(0))
      skip(ctx, ["empreinte-carbone-par-habitant"], "DENOMINATEUR_NUL", { fr: "La population est nulle.", en: "The population is zero." });
    else
      put(ctx, "empreinte-carbone-par-habitant", {
        component: ratio(total, pop) as IndicatorComponent,
        breakdown: byStage(pop),
        records,
        formula: formula(total, pop),
        ...extra,
      });
  }
}

/** @internal The indicators computed from `footprint`, `agents`, `population`. */
export const footprintComputer: DatasetComputer = {
  name: "footprint",
  reads: ["footprint", "agents", "population"],
  codes: CODES,
  compute,
};
