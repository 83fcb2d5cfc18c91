import type { CheckStrategyOptions } from "@nrs/model";
const options: CheckStrategyOptions = {};
__nrsLog(0, Object.keys(options).length); // 0
export {};
