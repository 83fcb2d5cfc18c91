import { CommuneMembreSchema } from "@nrs/model";
console.log(CommuneMembreSchema.safeParse({ nom: "Fictiville", codeInsee: "26901" }).success);
export {};
