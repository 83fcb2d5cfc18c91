import { CCF_REGIONS } from "@nrs/footprint";
console.log(CCF_REGIONS.map((r) => `${r.provider}:${r.region}`).join(" "));
export {};
