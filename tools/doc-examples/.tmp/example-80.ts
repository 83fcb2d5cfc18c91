import { TYPES_COLLECTIVITE } from "@nrs/model";
console.log(TYPES_COLLECTIVITE.EPCI_FP.en);
export {};
