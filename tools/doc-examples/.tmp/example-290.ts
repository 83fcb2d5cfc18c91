import { AGEC58_PRODUCT_TYPES } from "@nrs/indicators";
__nrsLog(0, AGEC58_PRODUCT_TYPES["consommables-impression"]); // Consommables d'impression
export {};
