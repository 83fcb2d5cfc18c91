import { parseHostingInventory } from "@nrs/footprint";
const r = parseHostingInventory({
  annee: 2024,
  serveurs: [{ quantite: 4, date_acquisition: "2021-05-03", consommation_kwh_an: "12000", pue: "1.8", entite: "epci" }],
  contrats: [{ prestataire: "Hébergeur", consommation_kwh_an: 30000, pue: "1.4" }],
  cloud: [{ fournisseur: "aws", region: "eu-west-3", vcpu_heures: "8760" }],
});
if (!r.ok) throw new Error("unexpected");
__nrsLog(0, r.value.servers[0]?.annualKwh?.toString(), r.value.cloud[0]?.usage.region); // 12000 eu-west-3
export {};
