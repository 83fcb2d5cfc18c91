import { SENS_INDICATEUR, type SensIndicateur } from "@nrs/model";
const k: SensIndicateur = "BAISSE";
console.log(SENS_INDICATEUR[k].fr);
export {};
