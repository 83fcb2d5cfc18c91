import type { DatasetName } from "@nrs/indicators";
const d: DatasetName = "sorties";
console.log(d);
export {};
