import { parseHostingInventory, type HostingContract } from "@nrs/footprint";
const r = parseHostingInventory({ contrats: [{ prestataire: "Hébergeur", consommation_kwh_an: "40000", pue: "1.4" }] });
const c: HostingContract | undefined = r.ok ? r.value.contracts[0] : undefined;
__nrsLog(0, c?.annualKwh.toString()); // "40000"
export {};
