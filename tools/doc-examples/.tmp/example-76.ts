import { Decimal } from "decimal.js";
import type { Cible } from "@nrs/model";
const gap = (c: Cible): string => new Decimal(c.valeurCible).minus(c.valeurReference).toString();
__nrsLog(0, gap({ indicateur: "pue", anneeReference: 2023, valeurReference: "1.9", anneeCible: 2027, valeurCible: "1.5" })); // "-0.4"
export {};
