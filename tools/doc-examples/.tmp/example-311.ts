import type { Normaliser } from "@nrs/indicators";
const n: Normaliser = "habitant";
console.log(n);
export {};
