import { AGEC_CATEGORIES, type AgecCategory } from "@nrs/indicators";
const c: AgecCategory | undefined = AGEC_CATEGORIES[0];
__nrsLog(0, c?.code, c?.reuseThresholdPct); // informatique-telephonie 20
export {};
