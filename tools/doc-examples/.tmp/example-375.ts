import type { DataQuality } from "@nrs/indicators";
const q: DataQuality = "ESTIMEE";
console.log(q);
export {};
