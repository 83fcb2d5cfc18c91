import { Decimal } from "decimal.js";
import { agecReuseShare, type AgecCategoryShare } from "@nrs/indicators";
const s: AgecCategoryShare[] = agecReuseShare([{ date: "2025-01-05", category: "autre", amount: new Decimal(100), reuseAmount: new Decimal(10), line: 4 }], { year: 2025 });
__nrsLog(0, s[0]?.category, s[0]?.value.toString(), s[0]?.lines); // autre 10 [ 4 ]
export {};
