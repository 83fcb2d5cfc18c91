import { NIVEAUX_ENGAGEMENT } from "@nrs/model";
__nrsLog(0, NIVEAUX_ENGAGEMENT.EXPERIMENTATION.en); // "Experiment"
export {};
