import { RGESN_SOURCE, type RgesnSourceInfo } from "@nrs/indicators";
const s: RgesnSourceInfo = RGESN_SOURCE;
console.log(s.data);
export {};
