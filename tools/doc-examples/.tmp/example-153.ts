import { NATURES_VALEUR, type NatureValeur } from "@nrs/model";
const k: NatureValeur = "STOCK";
console.log(NATURES_VALEUR[k].fr);
export {};
