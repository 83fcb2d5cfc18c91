import { parseHostingInventory, type HostedServer } from "@nrs/footprint";
const r = parseHostingInventory({ serveurs: [{ quantite: 3, puissance_w: "250" }] });
const s: HostedServer | undefined = r.ok ? r.value.servers[0] : undefined;
__nrsLog(0, s?.quantity, s?.powerW?.toString()); // 3 "250"
export {};
