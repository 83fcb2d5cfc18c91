import { BilanProgrammeSchema } from "@nrs/model";
console.log(BilanProgrammeSchema.safeParse({ synthese: "Le parc compte 2 400 postes." }).success);
export {};
