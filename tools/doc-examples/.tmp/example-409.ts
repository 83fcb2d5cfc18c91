import { coveredBy2023266 } from "@nrs/indicators";
__nrsLog(0, coveredBy2023266("ecran"), coveredBy2023266("serveur"), coveredBy2023266("imprimante", { imprimante: false })); // true false false
export {};
