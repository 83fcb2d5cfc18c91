import { groupInventory, type GroupInventoryOptions } from "@nrs/footprint";
const options: GroupInventoryOptions = { reportingYear: 2025, defaultLifetimes: (type) => (type === "ecran" ? 6 : undefined) };
__nrsLog(0, groupInventory([{ line: 2, type: "ecran", quantity: 1, origin: "neuf", acquisitionDate: "2024-01-01" }], options).groups.length); // 1
export {};
