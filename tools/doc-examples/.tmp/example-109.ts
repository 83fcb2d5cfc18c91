import { MesureSchema } from "@nrs/model";
const r = MesureSchema.safeParse({
  id: "M1", libelle: "Clause réemploi dans le marché de postes de travail", axe: "COMMANDE_PUBLIQUE",
  objectifs: ["O1"], statut: "EN_COURS", niveauEngagement: "REALISATION", budgetEuros: "15000",
});
__nrsLog(0, r.success); // true
export {};
