import { ChiffreCleSchema } from "@nrs/model";
const r = ChiffreCleSchema.safeParse({ libelle: "Empreinte carbone du parc", valeur: "812.5", unite: "tCO2e", annee: 2022, source: "Outil INR" });
console.log(r.success);
export {};
