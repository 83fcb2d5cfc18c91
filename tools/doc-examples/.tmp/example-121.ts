import { obligations, parseCollectivite, type Echeance } from "@nrs/model";
const c = parseCollectivite({ type: "COMMUNE", nom: "X", siren: "732829320", codeInsee: "26901", population: { valeur: 60000, type: "totale", millesime: 2021 } });
const due: Echeance[] = c.ok ? obligations(c.value, { on: "2024-01-01" }).flatMap((o) => o.echeances) : [];
console.log(due.map((e) => `${e.code} ${e.date ?? ""} ${e.statut}`));
export {};
