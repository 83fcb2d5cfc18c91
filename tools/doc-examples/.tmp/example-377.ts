import type { RecordsUsed } from "@nrs/indicators";
const r: RecordsUsed = { dataset: "achats", count: 2, lines: [2, 5] };
console.log(r.count);
export {};
