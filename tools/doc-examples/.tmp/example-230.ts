import { parseInventoryCsv, type InventoryParseResult } from "@nrs/footprint";
const r: InventoryParseResult = await parseInventoryCsv("type;quantite\ngrille-pain;1\n");
if (!r.ok) console.log(r.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message.en}`));
export {};
