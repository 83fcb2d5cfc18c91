import { Exact } from "@nrs/core";
const big = new Exact("123456789012345678901234567890").times("1.000000000000000000001");
// every digit kept
__nrsLog(0, big.toFixed()); // 123456789012345678901358024679.01234567890123456789
export {};
