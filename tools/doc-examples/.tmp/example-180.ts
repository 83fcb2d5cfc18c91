import { computeHostingInventoryFootprint, parseHostingInventory, type HostingInventoryFootprintResult } from "@nrs/footprint";
const inv = parseHostingInventory({ contrats: [{ consommation_kwh_an: 1000, pue: "1.5", entite: "epci" }] });
if (!inv.ok) throw new Error("unexpected");
const r: HostingInventoryFootprintResult = computeHostingInventoryFootprint(inv.value, { year: 2024 });
__nrsLog(0, Object.keys(r.byEntity)); // ["epci"]
export {};
