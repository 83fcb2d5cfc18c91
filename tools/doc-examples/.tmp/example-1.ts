import { CsvReader } from "@nrs/core";
const reader = new CsvReader();
const rows = [...reader.push("type;quantite\nportable;"), ...reader.push("12\n"), ...reader.end()];
__nrsLog(0, rows.map((r) => r.cells)); // [["type","quantite"],["portable","12"]]
export {};
