import { computeInventoryFootprint, type CriterionTotals } from "@nrs/footprint";
const r = await computeInventoryFootprint("type;quantite\ntablette;3\n", { reportingYear: 2024 });
const totals: CriterionTotals = r.byCriterion;
__nrsLog(0, totals.gwp?.unit, totals.energy?.unit); // kgCO2e kWh
export {};
