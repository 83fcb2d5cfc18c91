import { safeParse } from "@nrs/core";
import { EcoIndexMeasurementSchema } from "@nrs/indicators";
const r = safeParse(EcoIndexMeasurementSchema, { url: "https://x.fr/", date: "2024-05-02", dom: 100 });
__nrsLog(0, r.ok ? "ok" : r.errors[0]?.code); // NRS_ECOINDEX_INPUTS
export {};
