import type { EventRecord } from "@nrs/indicators";
const e: EventRecord = { date: "2025-10-15", type: "STAND", audience: "HABITANTS", participants: 250, estimated: true };
console.log(e.estimated);
export {};
