import { Decimal } from "decimal.js";
import type { PurchaseRecord } from "@nrs/indicators";
const p: PurchaseRecord = { entity: "epci", date: "2025-03-12", category: "informatique-telephonie", amount: new Decimal(48000), reuseAmount: new Decimal(6000) };
__nrsLog(0, p.reuseAmount.div(p.amount).times(100).toString()); // 12.5
export {};
