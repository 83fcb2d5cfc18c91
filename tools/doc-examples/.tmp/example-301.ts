import type { CompareOptions } from "@nrs/indicators";
const o: CompareOptions = { year: 2025, groupBy: "taille", normalisers: { "empreinte-carbone-totale": "habitant" } };
console.log(o.groupBy);
export {};
