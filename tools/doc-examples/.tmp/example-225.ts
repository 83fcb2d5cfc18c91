import { parseInventoryCsv, type InventoryStats } from "@nrs/footprint";
const stats: InventoryStats = (await parseInventoryCsv("type;quantite\necran;2\necran;x\n")).stats;
__nrsLog(0, stats.goodRows, stats.badRows, stats.quantity); // 1 1 2
export {};
