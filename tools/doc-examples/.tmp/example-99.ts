import { PERIODICITES, type Periodicite } from "@nrs/model";
const k: Periodicite = "annuelle";
console.log(PERIODICITES[k].fr);
export {};
