import { parseInventoryJson, type ParseInventoryJsonOptions } from "@nrs/footprint";
const options: ParseInventoryJsonOptions = { reportingYear: 2024 };
__nrsLog(0, parseInventoryJson([{ type: "ecran", quantite: 1 }], options).groups?.groups.length); // 1
export {};
