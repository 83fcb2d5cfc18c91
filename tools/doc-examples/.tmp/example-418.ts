import { reuseRatio2023266, type ReuseExclusionGroup } from "@nrs/indicators";
const g: ReuseExclusionGroup | undefined = reuseRatio2023266([{ category: "serveur", quantity: 2, reformDate: "2024-01-01", destination: "STOCK", line: 5 },
  { category: "ecran", quantity: 1, reformDate: "2024-01-01", destination: "STOCK", line: 6 }], { year: 2025 })?.exclusions[0];
__nrsLog(0, g?.reason, g?.type, g?.quantity, g?.lines); // hors-champ serveur 2 [ 5 ]
export {};
