import { decomposeChange, type ChangeDecomposition } from "@nrs/indicators";
const d: ChangeDecomposition = decomposeChange({ previous: 100, previousRestated: 100, current: 80 });
__nrsLog(0, d.activityEffect.toString(), d.factorEffect.toString()); // -20 0
export {};
