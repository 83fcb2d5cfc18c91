import { Exact, type ExactValue } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import type { IndicatorComponent } from "../indicator-value.js";
import { mine, put, noData, ratio, formula, used, type Ctx } from "./context.js";
import { perAgentBase } from "./per-agent.js";

const CODE = "equipements-par-agent";

function compute(ctx: Ctx): void {
  const inventory = mine(ctx, ctx.data.inventory);
  if (inventory === undefined) {
    noData(ctx, [CODE], "inventory", "Pas d'inventaire du parc.", "No device inventory.");
    return;
  }
  const end = `${ctx.year}-12-31`;
  const live = inventory.filter(
    (i) => (i.acquisitionDate === undefined || i.acquisitionDate <= end) && (i.retirementDate === undefined || i.retirementDate > end),
  );
  if (live.length === 0) {
    noData(ctx, [CODE], "inventory", `Aucun équipement en service au ${end}.`, `No device in service on ${end}.`);
    return;
  }
  const agents = perAgentBase(ctx, [CODE]);
  if (agents === undefined) return;
  const byType = new Map<string, ExactValue>();
  let total = new Exact(0);
  for (const i of live) {
    total = total.plus(i.quantity);
    byType.set(i.type, (byType.get(i.type) ?? new Exact(0)).plus(i.quantity));
  }
  put(ctx, CODE, {
    component: ratio(total, agents) as IndicatorComponent,
    breakdown: Object.fromEntries(
      [...byType].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, q]) => [t, ratio(q, agents) as IndicatorComponent]),
    ),
    records: [
      used(
        "inventaire",
        live.map((i) => i.line),
      ),
    ],
    formula: formula(total, agents),
  });
}

/** @internal The indicators computed from `inventory`, `agents`. */
export const inventoryComputer: DatasetComputer = {
  name: "inventory",
  reads: ["inventory", "agents"],
  codes: [CODE],
  compute,
};
