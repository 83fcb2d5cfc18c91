import { IndicateurSchema } from "@nrs/model";
const r = IndicateurSchema.safeParse({
  code: "ateliers-agents", libelle: { fr: "Ateliers de sensibilisation des agents" }, unite: "nombre",
  sens: "HAUSSE", periodicite: "annuelle", axe: "SENSIBILISATION_ELUS_AGENTS",
});
__nrsLog(0, r.success); // true
export {};
