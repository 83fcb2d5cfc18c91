import { parseInventoryCsv } from "@nrs/footprint";
const csv = "type;quantite;date_acquisition;duree_vie_annees\necran;2;2024-07-01;5\necran;1;2020-01-01;5\n";
const r = await parseInventoryCsv(csv, { reportingYear: 2024 });
const g = r.groups?.groups[0];
// 2 screens × 184 days (1 July – 31 Dec) + 1 screen × 366 days
__nrsLog(0, g?.quantity, g?.serviceDeviceDays.toString()); // 3 "734"
export {};
