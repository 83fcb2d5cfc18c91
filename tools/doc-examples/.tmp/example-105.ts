import { STATUTS_MESURE, type StatutMesure } from "@nrs/model";
const k: StatutMesure = "FINI";
console.log(STATUTS_MESURE[k].fr);
export {};
