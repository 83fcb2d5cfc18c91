import { computeHostingInventoryFootprint, type HostingInventoryFootprintOptions } from "@nrs/footprint";
const options: HostingInventoryFootprintOptions = { year: 2025 };
__nrsLog(0, computeHostingInventoryFootprint({ servers: [], contracts: [], cloud: [] }, options).parts.length); // 0
export {};
