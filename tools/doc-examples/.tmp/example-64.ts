import { axes } from "@nrs/model";
const a3 = axes.find((a) => a.numero === 3);
__nrsLog(0, a3?.libelle.fr); // L'écoconception des sites et des services numériques
export {};
