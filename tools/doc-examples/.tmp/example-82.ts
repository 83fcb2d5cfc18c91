import { TYPES_POPULATION } from "@nrs/model";
__nrsLog(0, TYPES_POPULATION.totale.fr); // "Population totale"
export {};
