import { SENS_INDICATEUR } from "@nrs/model";
__nrsLog(0, SENS_INDICATEUR.BAISSE.en); // "Lower is better"
export {};
