import { safeParse } from "@nrs/core";
import { OpenDataDatasetSchema } from "@nrs/indicators";
const r = safeParse(OpenDataDatasetSchema, { dataset: "", published: true });
__nrsLog(0, r.ok ? "ok" : r.errors[0]?.path); // ["dataset"]
export {};
