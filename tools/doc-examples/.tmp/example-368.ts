import type { Periodicity } from "@nrs/indicators";
const p: Periodicity = "annuelle";
console.log(p);
export {};
