import { REUSE_DESTINATIONS, type RetirementDestination } from "@nrs/indicators";
const d: RetirementDestination = "DON";
__nrsLog(0, REUSE_DESTINATIONS.includes(d)); // true
export {};
