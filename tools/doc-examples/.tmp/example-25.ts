import { parseIsoDay, type IsoDay } from "@nrs/core";
const d: IsoDay | undefined = parseIsoDay("2024-02-29");
__nrsLog(0, d); // { year: 2024, month: 2, day: 29 }
export {};
