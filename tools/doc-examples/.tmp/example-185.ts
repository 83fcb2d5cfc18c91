import { parseHostingInventory, type HostedCloudUsage } from "@nrs/footprint";
const r = parseHostingInventory({ cloud: [{ fournisseur: "azure", region: "francecentral", stockage_hdd_to_heures: "8760" }] });
const c: HostedCloudUsage | undefined = r.ok ? r.value.cloud[0] : undefined;
__nrsLog(0, c?.usage.provider); // "azure"
export {};
