import type { ServerCounts } from "@nrs/indicators";
const s: ServerCounts = { virtual: 120, physical: 14 };
console.log(s.virtual);
export {};
