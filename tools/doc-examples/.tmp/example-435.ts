import { RGESN_SOURCE } from "@nrs/indicators";
console.log(RGESN_SOURCE.url);
export {};
