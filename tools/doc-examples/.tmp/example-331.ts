import { decomposeChange } from "@nrs/indicators";
const d = decomposeChange({ previous: 1000, previousRestated: 900, current: 950 });
__nrsLog(0, d.change.toString(), d.factorEffect.toString(), d.activityEffect.toString()); // -50 -100 50
const s = decomposeChange({ previous: 1000, previousRestated: 900, current: 950, currentUnderPreviousFactors: 1060 });
__nrsLog(1, s.factorEffect.toString(), s.activityEffect.toString()); // -105 55
export {};
