import { reuseRatio2023266, type ReuseExclusions } from "@nrs/indicators";
const x: ReuseExclusions | undefined = reuseRatio2023266([{ category: "ecran", quantity: 3, reformDate: "2024-01-01", destination: "STOCK", classified: true }, { category: "ecran", quantity: 1, reformDate: "2024-01-01", destination: "STOCK" }], { year: 2025 })?.excluded;
__nrsLog(0, x?.classified, x?.unknownAge); // 3 1
export {};
