import { daysInMonth } from "@nrs/footprint";
__nrsLog(0, daysInMonth(2024, 2)); // 29
export {};
