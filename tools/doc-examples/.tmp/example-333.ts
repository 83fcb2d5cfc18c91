import { Decimal } from "decimal.js";
import { decomposeFootprintChange, type FootprintChange } from "@nrs/indicators";
const t = (v: number) => ({ gwp: { use: { value: new Decimal(v), unit: "kgCO2e" } } });
const c: FootprintChange | undefined = decomposeFootprintChange({ previous: { year: 2024, impacts: t(10) }, previousRestated: { impacts: t(12) }, current: { year: 2025, impacts: t(11) } }).changes[0];
__nrsLog(0, c?.criterion, c?.unit, c?.factorEffect.toString(), c?.activityEffect.toString()); // gwp kgCO2e 2 -1
export {};
