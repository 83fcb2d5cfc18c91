import { NIVEAUX_QUALITE, type NiveauQualite } from "@nrs/model";
const k: NiveauQualite = "ESTIMEE";
console.log(NIVEAUX_QUALITE[k].fr);
export {};
