import { STAGE_LABELS } from "@nrs/footprint";
__nrsLog(0, STAGE_LABELS.endOfLife.fr); // "Fin de vie"
export {};
