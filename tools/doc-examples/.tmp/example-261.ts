import { simulateWhatIf } from "@nrs/footprint";
const r = simulateWhatIf(
  { devices: [{ type: "ordinateur_portable", quantity: 100, year: 2025 }] },
  { kind: "extendLifetimes", years: 1 },
);
// embodied per year goes from 185.09 / 5 to 185.09 / 6 kgCO2e per laptop
__nrsLog(0, r.avoided.gwp?.manufacturing?.value.toFixed(2)); // "566.67"
export {};
