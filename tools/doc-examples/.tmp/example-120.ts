import type { StatutEcheance } from "@nrs/model";
const late = (s: StatutEcheance): boolean => s === "EN_RETARD" || s === "ADOPTEE_EN_RETARD";
__nrsLog(0, late("RESPECTEE")); // false
export {};
