import { PERIODICITES } from "@nrs/model";
__nrsLog(0, PERIODICITES.annuelle.en); // "Yearly"
export {};
