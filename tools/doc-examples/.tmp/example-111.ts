import { MoyensSchema } from "@nrs/model";
const r = MoyensSchema.safeParse({ budgetEuros: "450000", etp: 2.5, autres: ["Réseau de 40 ambassadeurs"] });
if (r.success) __nrsLog(0, r.data.etp); // "2.5"
export {};
