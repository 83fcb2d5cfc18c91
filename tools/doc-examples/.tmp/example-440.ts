import { RGESN_STATUSES } from "@nrs/indicators";
__nrsLog(0, RGESN_STATUSES.A_EVALUER.fr); // À évaluer
export {};
