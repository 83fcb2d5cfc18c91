import type { FactorPackRef } from "@nrs/indicators";
const p: FactorPackRef = { id: "fr-ademe", version: "1.0.0" };
console.log(p.id);
export {};
