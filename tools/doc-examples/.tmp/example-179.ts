import { computeHostingInventoryFootprint, parseHostingInventory, type HostingInventoryPart } from "@nrs/footprint";
const inv = parseHostingInventory({ contrats: [{ identifiant: "HEB", consommation_kwh_an: 1000, pue: "1.5" }] });
if (!inv.ok) throw new Error("unexpected");
const part: HostingInventoryPart | undefined = computeHostingInventoryFootprint(inv.value, { year: 2024 }).parts[0];
__nrsLog(0, part?.kind, part?.name); // contract HEB
export {};
