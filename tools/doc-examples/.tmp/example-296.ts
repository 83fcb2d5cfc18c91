import { allocate } from "@nrs/indicators";
const parts = allocate(1000, "population", { "26901": 30000, "26902": 15000, "26903": 15000 });
__nrsLog(0, Object.values(parts).map((d) => d.toFixed(2)).join(" ")); // 500.00 250.00 250.00
const custom = allocate("100", "custom", { epci: "0.5", "26901": "0.25", "26902": "0.25" });
__nrsLog(1, custom["26902"]?.toString()); // 25
export {};
