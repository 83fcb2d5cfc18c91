import { TYPES_COLLECTIVITE, type TypeCollectivite } from "@nrs/model";
const k: TypeCollectivite = "EPCI_FP";
console.log(TYPES_COLLECTIVITE[k].fr);
export {};
