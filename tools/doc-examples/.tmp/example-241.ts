import { parseInventoryCsv, type ParseInventoryCsvOptions } from "@nrs/footprint";
const options: ParseInventoryCsvOptions = { keepItems: false, reportingYear: 2024, defaultLifetimes: { ecran: 6 } };
const r = await parseInventoryCsv("type;quantite;date_acquisition\necran;2;2020-05-01\n", options);
__nrsLog(0, r.items.length, r.groups?.groups[0]?.quantity); // 0 2
export {};
