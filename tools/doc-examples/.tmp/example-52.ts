import { NATURES_ACTEUR } from "@nrs/model";
__nrsLog(0, NATURES_ACTEUR.PRIVE.en); // "Private"
export {};
