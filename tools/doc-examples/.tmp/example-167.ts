import { computeDeviceFootprint } from "@nrs/footprint";
const r = computeDeviceFootprint({ type: "ordinateur_portable", quantity: 10, year: 2025 });
// 10 laptops, ADEME figures: (170 + 12.3 + 2.79) kgCO2e / 5 years each, plus 26.5 W × 3 h × 365 d at 0.0461 kgCO2e/kWh
__nrsLog(0, r.impacts.gwp?.manufacturing?.value.toString()); // "340"
__nrsLog(1, r.impacts.energy?.use?.value.toString(), r.impacts.gwp?.use?.value.toString()); // "290.175" "13.3770675"
export {};
