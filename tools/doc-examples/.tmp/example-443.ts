import { rgesnScore, type RgesnScore } from "@nrs/indicators";
const s: RgesnScore = rgesnScore({});
__nrsLog(0, s.missing.length, s.score?.toString()); // 78 0
export {};
