import type { Collectivite } from "@nrs/model";
const f = (c: Collectivite): string => `${c.nom} (${c.population.valeur} hab.)`;
__nrsLog(0, typeof f); // "function"
export {};
