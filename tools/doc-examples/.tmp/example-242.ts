import { NETWORK_TYPES } from "@nrs/footprint";
__nrsLog(0, NETWORK_TYPES["fixed-FR"]); // "reseau_fixe_FR"
export {};
