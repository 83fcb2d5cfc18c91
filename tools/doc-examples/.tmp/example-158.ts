import { NIVEAUX_QUALITE } from "@nrs/model";
__nrsLog(0, NIVEAUX_QUALITE.ESTIMEE.en); // "Estimated"
export {};
