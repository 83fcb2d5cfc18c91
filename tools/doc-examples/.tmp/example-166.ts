import { computeCloudFootprint } from "@nrs/footprint";
const r = computeCloudFootprint({
  provider: "aws",
  region: "eu-west-3",
  compute: { vcpuHours: 8760, utilisation: "0.5", embodied: "aws-m5" },
  storage: { ssdTbHours: 8760 },
});
// compute: 8760 × (0.74 + 0.5 × 2.76) W = 18.5712 kWh, × PUE 1.135 = 21.078312 kWh
__nrsLog(0, r.energyKWh.compute.toString()); // "21.078312"
console.log(r.impacts.gwp?.use?.value.toString(), "kgCO2e");
export {};
