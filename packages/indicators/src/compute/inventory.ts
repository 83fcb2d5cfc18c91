import { ex, NrsError, problem } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import type { IndicatorComponent, RecordsUsed } from "../indicator-value.js";
import { MAX_LISTED_LINES, type InventorySummary } from "../inventory-summary.js";
import { summarizeInventory } from "../summarize-inventory.js";
import { put, noData, ratio, formula, type Ctx } from "./context.js";
import { perAgentBase } from "./per-agent.js";

const CODE = "equipements-par-agent";

// Lists already summarised (by identity and year): computing 41 entities of one EPCI reads the list once.
const SUMMARIES = new WeakMap<object, InventorySummary>();

/** The inventory as a summary: given as one, or a list of lines summarised here in one pass. */
function summary(ctx: Ctx): InventorySummary | undefined {
  const inventory = ctx.data.inventory;
  if (inventory === undefined) return undefined;
  if (!("kind" in inventory)) {
    const known = SUMMARIES.get(inventory);
    if (known?.year === ctx.year) return known;
    const made = summarizeInventory(inventory, ctx.year);
    SUMMARIES.set(inventory, made);
    return made;
  }
  if (inventory.year !== ctx.year) {
    throw new NrsError([
      problem(
        "NRS_INVALID_OPTION",
        ["inventory", "year"],
        `L'inventaire est résumé pour ${inventory.year}, les indicateurs sont demandés pour ${ctx.year}.`,
        `The inventory is summarised for ${inventory.year}, the indicators are asked for ${ctx.year}.`,
      ),
    ]);
  }
  return inventory;
}

function compute(ctx: Ctx): void {
  const s = summary(ctx);
  if (s === undefined) {
    noData(ctx, [CODE], "inventory", "Pas d'inventaire du parc.", "No device inventory.");
    return;
  }
  const entity = ctx.options.entity;
  const live = entity === undefined ? s.all : s.entities.get(entity);
  const end = `${ctx.year}-12-31`;
  if (live === undefined || live.lines === 0) {
    noData(ctx, [CODE], "inventory", `Aucun équipement en service au ${end}.`, `No device in service on ${end}.`);
    return;
  }
  const agents = perAgentBase(ctx, [CODE]);
  if (agents === undefined) return;
  const total = ex(live.quantity);
  const lines = entity === undefined ? s.lineNumbers : s.entities.get(entity)?.lineNumbers;
  const records: RecordsUsed =
    lines !== undefined && lines.length > 0
      ? { dataset: "inventaire", count: live.lines, lines }
      : { dataset: "inventaire", count: live.lines };
  put(ctx, CODE, {
    component: ratio(total, agents) as IndicatorComponent,
    breakdown: Object.fromEntries(
      [...live.byType].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, q]) => [t, ratio(ex(q), agents) as IndicatorComponent]),
    ),
    records: [records],
    formula: formula(total, agents),
    ...(lines === undefined && s.all.lines > 0
      ? {
          notes: [
            {
              fr: `Les lignes de l'inventaire ne sont pas listées une à une : plus de ${MAX_LISTED_LINES} lignes en service.`,
              en: `The inventory lines are not listed one by one: more than ${MAX_LISTED_LINES} lines in service.`,
            },
          ],
        }
      : {}),
  });
}

/** @internal The indicators computed from `inventory`, `agents`. */
export const inventoryComputer: DatasetComputer = {
  name: "inventory",
  reads: ["inventory", "agents"],
  codes: [CODE],
  compute,
};
