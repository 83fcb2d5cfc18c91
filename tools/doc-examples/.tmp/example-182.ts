import { computeHostingFootprint } from "@nrs/footprint";
const r = computeHostingFootprint({
  year: 2025,
  servers: [{ name: "salle mairie", quantity: 4 }],
  contracts: [{ name: "hébergeur", kwhPerYear: 12000, pue: "1.3" }],
});
// contract: 12000 kWh × 1.3 × 0.0461 kgCO2e/kWh
__nrsLog(0, r.parts[1]?.result.impacts.gwp?.use?.value.toString()); // "719.16"
__nrsLog(1, r.parts.length, r.impacts.gwp?.manufacturing !== undefined); // 2 true
export {};
