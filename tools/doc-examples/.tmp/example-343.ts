import type { EventType } from "@nrs/indicators";
const t: EventType = "FORMATION";
console.log(t);
export {};
