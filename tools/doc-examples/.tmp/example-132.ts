import { ActionEngageeSchema } from "@nrs/model";
console.log(ActionEngageeSchema.safeParse({ libelle: "Allongement de la durée d'usage des PC à 6 ans", axe: "CYCLE_DE_VIE_MATERIEL", annee: 2021 }).success);
export {};
