import { computeIndicators } from "@nrs/indicators";
const r = computeIndicators({}, { year: 2024 });
const n = r.notComputed.find((x) => x.code === "pue");
console.log(n?.reason, n?.message.en);
export {};
