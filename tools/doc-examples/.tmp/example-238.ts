import { parseInventoryCsv } from "@nrs/footprint";
const csv = "\uFEFFtype;quantite;date_acquisition;consommation_kwh_an;entite\n" +
  "ordinateur_portable;120;2022-09-01;;epci\n" +
  "ecran;-3;2022-09-01;;epci\n" +
  "smartphone;40;15/03/2023;12,5;76540\n";
const r = await parseInventoryCsv(csv);
__nrsLog(0, r.items.length, r.stats.badRows); // 2 1
__nrsLog(1, r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // NRS_NEGATIVE 3 7
__nrsLog(2, r.items[1]?.annualKwh?.toString()); // "12.5"
export {};
