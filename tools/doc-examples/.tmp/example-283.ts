import { Decimal } from "decimal.js";
import { agecReuseShare } from "@nrs/indicators";
const p = (amount: string, reuse: string) => ({ date: "2024-03-01", category: "informatique-telephonie", amount: new Decimal(amount), reuseAmount: new Decimal(reuse) });
const s = agecReuseShare([p("40000", "6000"), p("10000", "4000")], { year: 2024 });
__nrsLog(0, s[0]?.value.toString(), s[0]?.reference?.met); // 20 true
export {};
