import { CRITERION_LABELS } from "@nrs/footprint";
__nrsLog(0, CRITERION_LABELS.gwp.fr); // "Changement climatique"
export {};
