import type { CheckBilanOptions } from "@nrs/model";
const options: CheckBilanOptions = { indicateursCalcules: ["part-achats-reemploi"] };
__nrsLog(0, [...(options.indicateursCalcules ?? [])].length); // 1
export {};
