import { computeHostingInventoryFootprint, parseHostingInventory } from "@nrs/footprint";
const inv = parseHostingInventory({
  serveurs: [{ identifiant: "SRV-1", quantite: 2, date_acquisition: "2022-03-01", consommation_kwh_an: "6000", pue: "1.8", entite: "epci" }],
  contrats: [{ identifiant: "HEB-1", consommation_kwh_an: "20000", pue: "1.4", entite: "epci" }],
  cloud: [{ fournisseur: "aws", region: "eu-west-3", vcpu_heures: "8760", entite: "26901" }],
});
if (!inv.ok) throw new Error("unexpected");
const r = computeHostingInventoryFootprint(inv.value, { year: 2024 });
__nrsLog(0, r.parts.map((p) => p.kind), Object.keys(r.byEntity)); // ["server", "contract", "cloud"] ["26901", "epci"]
export {};
