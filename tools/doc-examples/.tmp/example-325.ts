import type { DataFileName } from "@nrs/indicators";
const f: DataFileName = "sorties.csv";
__nrsLog(0, f); // sorties.csv
export {};
