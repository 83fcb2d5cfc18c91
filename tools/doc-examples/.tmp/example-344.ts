import type { EventAudience } from "@nrs/indicators";
const a: EventAudience = "ELUS";
console.log(a);
export {};
