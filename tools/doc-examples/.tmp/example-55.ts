import { AdoptionSchema } from "@nrs/model";
console.log(AdoptionSchema.safeParse({ date: "2024-12-12", deliberation: "DEL-2024-118" }).success);
export {};
