import { ActeurSchema } from "@nrs/model";
console.log(ActeurSchema.safeParse({ nom: "Syndicat mixte du numérique", nature: "PUBLIC", role: "Hébergement" }).success);
export {};
