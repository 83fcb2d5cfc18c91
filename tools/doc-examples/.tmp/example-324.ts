import { dataFile, type DataFileDefinition } from "@nrs/indicators";
const f: DataFileDefinition | undefined = dataFile("opendata.csv");
__nrsLog(0, f?.dataset, f?.fields, f?.feeds); // opendata ["openData"] ["part-donnees-schema"]
export {};
