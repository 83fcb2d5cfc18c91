import type { Agec58DeclarationOptions } from "@nrs/indicators";
const o: Agec58DeclarationOptions = { annee: 2025, siret: "29990101700010", raisonSociale: "CA de Val-de-Fictive" };
__nrsLog(0, o.entities ?? ["epci"]); // [ 'epci' ]
export {};
