import type { ObligationsOptions } from "@nrs/model";
const options: ObligationsOptions = { on: "2025-06-01", populationRetenue: "municipale", adoptions: { strategie: "2024-12-12" } };
console.log(options.on);
export {};
