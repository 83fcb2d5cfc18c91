import { INVENTORY_ORIGINS } from "@nrs/footprint";
__nrsLog(0, INVENTORY_ORIGINS.find((o) => o.aliases.includes("refurbished"))?.code); // "reconditionne"
export {};
