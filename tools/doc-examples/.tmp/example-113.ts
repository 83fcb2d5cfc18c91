import { TEMPORALITES, type Temporalite } from "@nrs/model";
const k: Temporalite = "ANNUEL";
console.log(TEMPORALITES[k].fr);
export {};
