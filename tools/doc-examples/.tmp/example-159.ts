import { ValeurIndicateurSchema } from "@nrs/model";
const r = ValeurIndicateurSchema.safeParse({
  indicateur: "ateliers-agents", valeur: 14, date: "2024-12-31", nature: "PERIODE", dateDebut: "2024-01-01",
  perimetre: "ADMINISTRATION", source: "Registre des formations", qualite: "MESUREE",
});
__nrsLog(0, r.success); // true
export {};
