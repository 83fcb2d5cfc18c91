import { parseInventoryCsv, type InventoryReadOptions } from "@nrs/footprint";
const options: InventoryReadOptions = { maxProblems: 10, mapping: { constants: { quantite: "1" } } };
__nrsLog(0, (await parseInventoryCsv("type\necran\n", options)).items[0]?.quantity); // 1
export {};
