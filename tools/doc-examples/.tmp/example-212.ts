import { computeInventoryFootprint, type InventoryGroupFootprint } from "@nrs/footprint";
const r = await computeInventoryFootprint("type;quantite;entite\necran;4;epci\necran;2;26901\n", { reportingYear: 2024 });
const g: InventoryGroupFootprint | undefined = r.groups[0];
__nrsLog(0, r.groups.length, g?.group.entity); // 2 "26901"
export {};
