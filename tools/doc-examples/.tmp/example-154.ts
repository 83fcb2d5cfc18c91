import { NATURES_VALEUR } from "@nrs/model";
__nrsLog(0, NATURES_VALEUR.STOCK.en); // "Stock at a date"
export {};
