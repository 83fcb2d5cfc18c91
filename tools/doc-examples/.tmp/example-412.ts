import { safeParse } from "@nrs/core";
import { RetirementSchema } from "@nrs/indicators";
const r = safeParse(RetirementSchema, { category: "ecran", reformDate: "2024-05-01", exitDate: "2024-03-01", destination: "DON" });
__nrsLog(0, r.ok ? "ok" : r.errors[0]?.code); // NRS_EXIT_BEFORE_REFORM
export {};
