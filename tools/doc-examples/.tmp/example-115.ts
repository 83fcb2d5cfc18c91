import { ObjectifSchema } from "@nrs/model";
const r = ObjectifSchema.safeParse({
  id: "O3", axe: "ECOCONCEPTION", libelle: "Écoconcevoir les services en ligne", temporalite: "PLURIANNUEL",
  echeance: "2027-12-31", cibles: [], indicateurs: ["score-rgesn-moyen"],
});
__nrsLog(0, r.success); // true
export {};
