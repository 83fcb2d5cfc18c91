import { TYPES_POPULATION, type TypePopulation } from "@nrs/model";
const k: TypePopulation = "municipale";
console.log(TYPES_POPULATION[k].fr);
export {};
