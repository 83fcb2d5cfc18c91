import { reuseRatio2023266 } from "@nrs/indicators";
const r = reuseRatio2023266([
  { category: "ordinateur_portable", quantity: 40, reformDate: "2023-10-01", destination: "STOCK" },
  { category: "ordinateur_portable", quantity: 30, reformDate: "2023-11-01", exitDate: "2024-03-01", destination: "DON", reuseCommitment: true },
  { category: "ecran", quantity: 30, reformDate: "2023-11-01", exitDate: "2024-05-01", destination: "RECYCLAGE" },
], { year: 2024 });
__nrsLog(0, r?.value.toString(), r?.reference?.met); // 30 false
export {};
