import { parseHostingInventory, type HostingInventory } from "@nrs/footprint";
const r = parseHostingInventory({ annee: 2025, serveurs: [], contrats: [], cloud: [] });
const inv: HostingInventory | undefined = r.ok ? r.value : undefined;
__nrsLog(0, inv?.year, inv?.servers.length); // 2025 0
export {};
