import { safeParse } from "@nrs/core";
import { EventSchema } from "@nrs/indicators";
const r = safeParse(EventSchema, { date: "2024-05-02", type: "ATELIER", audience: "HABITANTS", participants: -3 });
__nrsLog(0, r.ok ? "ok" : r.errors[0]?.code); // NRS_TOO_SMALL
export {};
