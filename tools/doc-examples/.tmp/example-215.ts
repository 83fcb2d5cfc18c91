import { computeInventoryFootprint } from "@nrs/footprint";
const csv = "type;quantite;date_acquisition;entite\n" +
  "ordinateur_portable;100;2022-09-01;epci\n" +
  "ecran;120;2021-03-15;26901\n";
const r = await computeInventoryFootprint(csv, { reportingYear: 2024 });
__nrsLog(0, r.ok, Object.keys(r.byEntity)); // true ["26901", "epci"]
__nrsLog(1, r.byCriterion.gwp?.unit, r.byCriterion.gwp?.value.gt(0)); // kgCO2e true
export {};
