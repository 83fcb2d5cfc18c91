import { NORMALISER_LABELS } from "@nrs/indicators";
__nrsLog(0, NORMALISER_LABELS.agent.per.fr); // par agent
export {};
