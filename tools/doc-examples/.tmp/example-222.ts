import { groupInventory, type InventoryGroups } from "@nrs/footprint";
const g: InventoryGroups = groupInventory([{ line: 2, type: "ecran", quantity: 1, origin: "neuf" }], { reportingYear: 2024 });
__nrsLog(0, g.daysInYear, g.groups[0]?.serviceDeviceDays.toString()); // 366 "366"
export {};
