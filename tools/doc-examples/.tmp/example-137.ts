import { RapportDdSchema } from "@nrs/model";
const r = RapportDdSchema.safeParse({ exerciceBudgetaire: 2025, datePresentation: "2025-02-06", dateDebatBudgetaire: "2025-02-27" });
__nrsLog(0, r.success); // true
export {};
