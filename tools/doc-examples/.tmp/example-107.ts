import { NIVEAUX_ENGAGEMENT, type NiveauEngagement } from "@nrs/model";
const k: NiveauEngagement = "REFLEXION";
console.log(NIVEAUX_ENGAGEMENT[k].fr);
export {};
