import { Decimal } from "decimal.js";
import { decomposeFootprintChange } from "@nrs/indicators";
const t = (use: number, manufacturing: number) => ({ gwp: { use: { value: new Decimal(use), unit: "kgCO2e" }, manufacturing: { value: new Decimal(manufacturing), unit: "kgCO2e" } } });
const r = decomposeFootprintChange({ previous: { year: 2024, impacts: t(100, 900) }, previousRestated: { impacts: t(80, 850) }, current: { year: 2025, impacts: t(90, 800) } });
const g = r.changes[0];
__nrsLog(0, g?.criterion, g?.change.toString(), g?.factorEffect.toString(), g?.activityEffect.toString()); // gwp -110 -70 -40
export {};
