import { glpiColumnMapping, parseInventoryCsv } from "@nrs/footprint";
const csv = "Name;Entity;Type;Date of purchase\nPC-001;Mairie;Portable;2021-03-15\n";
const mapping = glpiColumnMapping({ types: { Portable: "ordinateur_portable" }, entities: { Mairie: "epci" } });
const r = await parseInventoryCsv(csv, { mapping });
__nrsLog(0, r.items[0]?.entity, r.items[0]?.acquisitionDate); // epci 2021-03-15
export {};
