import { SIZE_CLASS_LABELS } from "@nrs/indicators";
__nrsLog(0, SIZE_CLASS_LABELS["50-100k"].fr); // de 50 001 à 100 000 habitants
export {};
