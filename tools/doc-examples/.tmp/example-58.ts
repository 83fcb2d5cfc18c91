import { AvancementMesureSchema } from "@nrs/model";
const r = AvancementMesureSchema.safeParse({ mesure: "M1", statut: "EN_COURS", avancementPct: 40 });
__nrsLog(0, r.success); // true
export {};
