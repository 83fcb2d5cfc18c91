import type { YearStatus } from "@nrs/indicators";
const s: YearStatus = { year: 2025, status: "SUR_TRAJECTOIRE" };
console.log(s.status);
export {};
