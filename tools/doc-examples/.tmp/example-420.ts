import { reuseRatio2023266, type ReuseRatio } from "@nrs/indicators";
const r: ReuseRatio | undefined = reuseRatio2023266([{ category: "ecran", quantity: 4, reformDate: "2024-06-01", exitDate: "2025-02-01", destination: "VENTE", reuseCommitment: true }], { year: 2025 });
__nrsLog(0, r?.sentToReuse, r?.stockOnJanuary1, r?.value.toString()); // 4 4 100
export {};
