import { DATA_FILES } from "@nrs/indicators";
__nrsLog(0, DATA_FILES.map((f) => f.file).join(" ")); // inventaire.csv hebergement.json achats.csv sorties.csv evenements.csv rgesn.csv rgaa.csv ecoindex.csv opendata.csv
__nrsLog(1, DATA_FILES.find((f) => f.file === "achats.csv")?.feeds); // ["part-achats-reemploi"]
export {};
