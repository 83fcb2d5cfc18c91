import { LibelleSchema } from "@nrs/model";
__nrsLog(0, LibelleSchema.safeParse({ fr: "Nombre d'ateliers" }).success); // true
export {};
