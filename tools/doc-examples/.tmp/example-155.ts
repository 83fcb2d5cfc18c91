import { PERIMETRES, type Perimetre } from "@nrs/model";
const k: Perimetre = "TERRITOIRE";
console.log(PERIMETRES[k].fr);
export {};
