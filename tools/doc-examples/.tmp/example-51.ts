import { NATURES_ACTEUR, type NatureActeur } from "@nrs/model";
const k: NatureActeur = "PRIVE";
console.log(NATURES_ACTEUR[k].fr);
export {};
