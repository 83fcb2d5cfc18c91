import { CibleSchema } from "@nrs/model";
const r = CibleSchema.safeParse({ indicateur: "part-achats-reemploi", anneeReference: 2023, valeurReference: "8", anneeCible: 2027, valeurCible: 25 });
if (r.success) __nrsLog(0, r.data.valeurCible); // "25"
export {};
