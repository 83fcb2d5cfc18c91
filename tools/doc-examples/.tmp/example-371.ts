import { indicatorStatus, type TrajectoryStatus } from "@nrs/indicators";
const s: TrajectoryStatus = indicatorStatus(40, 2025, { baseline: { year: 2023, value: 22 }, targets: [{ year: 2025, value: 50 }] }, "HAUSSE");
__nrsLog(0, s); // EN_RETARD
export {};
