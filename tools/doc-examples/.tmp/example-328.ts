import { dataFile } from "@nrs/indicators";
__nrsLog(0, dataFile("sorties")?.file, dataFile("sorties.csv")?.label.en, dataFile("x.csv")); // sorties.csv Retired equipment (reuse, WEEE) undefined
export {};
