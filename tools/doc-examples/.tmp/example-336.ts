import { Decimal } from "decimal.js";
import { decomposeFootprintChange, type FootprintChangeResult } from "@nrs/indicators";
const t = { gwp: { use: { value: new Decimal(1) } }, water: undefined };
const r: FootprintChangeResult = decomposeFootprintChange({ previous: { year: 2024, impacts: t }, previousRestated: { impacts: t }, current: { year: 2025, impacts: t } });
__nrsLog(0, r.changes.length, r.skipped); // 1 [ "water" ]
export {};
