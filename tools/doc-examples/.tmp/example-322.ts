import { Decimal } from "decimal.js";
import { computeIndicators } from "@nrs/indicators";
const r = computeIndicators({
  agents: 200,
  purchases: [
    { date: "2024-02-01", category: "informatique-telephonie", amount: new Decimal(50000), reuseAmount: new Decimal(7500), line: 2 },
  ],
  openData: [
    { dataset: "Délibérations", published: true, schema: "scdl/deliberations", line: 2 },
    { dataset: "Agenda", published: true, line: 3 },
  ],
}, { year: 2024 });
const share = r.values.find((v) => v.code === "part-achats-reemploi");
__nrsLog(0, share?.value.toString(), share?.reference?.met); // 15 false
__nrsLog(1, r.values.find((v) => v.code === "part-donnees-schema")?.value.toString()); // 50
__nrsLog(2, r.notComputed.find((n) => n.code === "pue")?.reason); // DONNEES_ABSENTES
export {};
