import { safeParse } from "@nrs/core";
import { PurchaseSchema } from "@nrs/indicators";
const r = safeParse(PurchaseSchema, { date: "2024-05-02", category: "informatique-telephonie", amount: "1000", reuseAmount: "1200" });
__nrsLog(0, r.ok ? "ok" : r.errors[0]?.code); // NRS_AGEC_REUSE_ABOVE_TOTAL
export {};
