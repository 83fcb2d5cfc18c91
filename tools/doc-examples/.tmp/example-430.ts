import { RGESN_CRITERIA } from "@nrs/indicators";
const c = RGESN_CRITERIA.find((x) => x.id === "8.3");
__nrsLog(0, c?.priority, c?.weight.toString(), c?.appliesToAll); // Prioritaire 1.5 false
export {};
