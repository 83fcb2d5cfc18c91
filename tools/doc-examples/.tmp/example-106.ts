import { STATUTS_MESURE } from "@nrs/model";
__nrsLog(0, STATUTS_MESURE.EN_COURS.fr); // "En cours"
export {};
