import { REUSE_DESTINATIONS } from "@nrs/indicators";
__nrsLog(0, REUSE_DESTINATIONS.join(", ")); // CESSION, VENTE, DON
export {};
