import { AGEC_CATEGORIES } from "@nrs/indicators";
console.log(AGEC_CATEGORIES.map((c) => `${c.code} ${c.reuseThresholdPct ?? "-"}`).join("; "));
export {};
