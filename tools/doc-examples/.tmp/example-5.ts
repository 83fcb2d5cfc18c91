import { parseCsvText } from "@nrs/core";
const rows = parseCsvText("a,b\n1,2\n");
__nrsLog(0, rows[1]?.cells); // ["1", "2"]
export {};
