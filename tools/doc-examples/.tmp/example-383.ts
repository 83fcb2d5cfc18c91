import { computeIndicators, type NotComputedReason } from "@nrs/indicators";
const reasons: NotComputedReason[] = computeIndicators({}, { year: 2025 }).notComputed.map((n) => n.reason);
__nrsLog(0, new Set(reasons)); // Set(2) { "DONNEES_ABSENTES", "COLLECTE" }
export {};
