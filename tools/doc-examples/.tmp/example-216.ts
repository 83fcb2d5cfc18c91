import { groupInventory, parseInventoryCsv } from "@nrs/footprint";
const { items } = await parseInventoryCsv("type;quantite;entite\nlaptop;10;epci\nportable;5;epci\n");
const { groups } = groupInventory(items, { reportingYear: 2025 });
__nrsLog(0, groups.length, groups[0]?.quantity); // 1 15
export {};
