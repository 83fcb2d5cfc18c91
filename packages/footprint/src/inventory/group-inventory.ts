import { NrsError, type Problem } from "@nrs/core";
import { dayNumber } from "../calendar-day.js";
import { checkInventoryItem, itemOfInput } from "./check-inventory-item.js";
import { InventoryAccumulator } from "./inventory-accumulator.js";
import type { GroupInventoryOptions, InventoryGroups } from "./inventory-group.js";
import type { InventoryItemInput } from "./inventory-item.js";
import { resolveInventoryUsage } from "./inventory-usages.js";
import { lifetimeInfo } from "../devices/lifetime.js";

function dayOf(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * Groups parsed inventory items for a reporting year (see {@link InventoryGroup} for the allocation).
 *
 * @example
 * ```ts
 * import { groupInventory, parseInventoryCsv } from "@nrs/footprint";
 * const { items } = await parseInventoryCsv("type;quantite;entite\nlaptop;10;epci\nportable;5;epci\n");
 * const { groups } = groupInventory(items, { reportingYear: 2025 });
 * console.log(groups.length, groups[0]?.quantity); // 1 15
 * ```
 */
export function groupInventory(inputs: readonly InventoryItemInput[], options: GroupInventoryOptions): InventoryGroups {
  // Items usually come from the parsers; others are checked here so that a wrong one cannot become a
  // silent NaN or a negative footprint.
  const problems: Problem[] = [];
  const items = inputs.map((it, i) => itemOfInput(it, i, problems));
  items.forEach((it, i) => problems.push(...checkInventoryItem(it, i)));
  if (problems.length > 0) throw new NrsError(problems);
  const acc = new InventoryAccumulator(options);
  for (const it of items) {
    const kwh = it.annualKwh;
    acc.add({
      line: it.line,
      type: it.type,
      quantity: it.quantity,
      acquisitionDay: it.acquisitionDate === undefined ? undefined : dayOf(it.acquisitionDate),
      acquisitionDate: it.acquisitionDate,
      acquisitionYear: Number(it.acquisitionDate?.slice(0, 4) ?? 0),
      acquisitionMonth: Number(it.acquisitionDate?.slice(5, 7) ?? 0),
      acquisitionDayOfMonth: Number(it.acquisitionDate?.slice(8, 10) ?? 0),
      retirementDay: it.retirementDate === undefined ? undefined : dayOf(it.retirementDate),
      retirementDate: it.retirementDate,
      lifetime: it.lifetimeYears === undefined ? undefined : lifetimeInfo(it.lifetimeYears),
      origin: it.origin,
      location: it.location ?? "",
      kwhMicro: undefined,
      kwhDecimal: kwh,
      site: resolveInventoryUsage(it.site ?? ""),
      entity: it.entity ?? "",
      id: it.id,
      model: it.model,
      comment: it.comment,
    });
  }
  return acc.result();
}
