import { indicatorStatus, type StatusOptions } from "@nrs/indicators";
const o: StatusOptions = { tolerance: "0.5" };
__nrsLog(0, indicatorStatus(40, 2025, { baseline: { year: 2023, value: 22 }, targets: [{ year: 2025, value: 50 }] }, "HAUSSE", o)); // SUR_TRAJECTOIRE
export {};
