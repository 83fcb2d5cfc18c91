import { safeParse } from "@nrs/core";
import { RgesnEvaluationSchema } from "@nrs/indicators";
const r = safeParse(RgesnEvaluationSchema, { service: "site", date: "2024-05-02", criterion: "10.1", status: "VALIDE" });
__nrsLog(0, r.ok ? "ok" : r.errors[0]?.path); // ["criterion"]
export {};
