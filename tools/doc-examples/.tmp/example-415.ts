import { reuseTarget2023266 } from "@nrs/indicators";
__nrsLog(0, reuseTarget2023266(2022), reuseTarget2023266(2024)?.toString(), reuseTarget2023266(2030)?.toString()); // undefined 35 50
export {};
