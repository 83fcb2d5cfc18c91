import { indicatorDefinition } from "@nrs/indicators";
console.log(indicatorDefinition("part-achats-reemploi")?.label.fr);
export {};
