import { resolveInventoryType, type InventoryKind } from "@nrs/footprint";
const kind: InventoryKind | undefined = resolveInventoryType("server")?.kind;
__nrsLog(0, kind); // "server"
export {};
