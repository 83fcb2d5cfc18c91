import { RGESN_CRITERIA, rgesnScore } from "@nrs/indicators";
const all = Object.fromEntries(RGESN_CRITERIA.map((c) => [c.id, "VALIDE" as const]));
__nrsLog(0, rgesnScore(all).score?.toString()); // 100
const s = rgesnScore({ ...all, "1.1": "NON_VALIDE", "9.2": "NON_APPLICABLE" });
__nrsLog(1, s.score?.toFixed(2), s.byThematic[1]?.score?.toFixed(2)); // 98.48 88.89
export {};
