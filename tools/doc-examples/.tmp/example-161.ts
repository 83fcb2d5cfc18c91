import { dayNumber } from "@nrs/footprint";
__nrsLog(0, dayNumber(2024, 1, 1) - dayNumber(2023, 1, 1)); // 365
export {};
