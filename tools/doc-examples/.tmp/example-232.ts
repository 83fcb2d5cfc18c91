import { parseInventoryCsv } from "@nrs/footprint";
const r = await parseInventoryCsv("type;quantite;entite\necran;1;26999\n", { knownEntities: ["epci", "26901"] });
__nrsLog(0, r.items.length, r.problems[0]?.code, r.problems[0]?.line, r.problems[0]?.column); // 1 NRS_UNKNOWN_ENTITY 2 9
export {};
