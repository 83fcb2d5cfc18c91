import { PopulationSchema } from "@nrs/model";
console.log(PopulationSchema.safeParse({ valeur: 120000, type: "totale", millesime: 2021 }).success);
export {};
