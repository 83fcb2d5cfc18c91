import type { OpenDataRowsOptions } from "@nrs/indicators";
const o: OpenDataRowsOptions = { administration: "CA de Val-de-Fictive", codeInsee: "26900", automated: true };
console.log(o.administration);
export {};
