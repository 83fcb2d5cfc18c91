import { decomposeChange, type ChangeInput } from "@nrs/indicators";
const input: ChangeInput = { previous: 100, previousRestated: 90, current: 95 };
__nrsLog(0, decomposeChange(input).method); // restatement
export {};
