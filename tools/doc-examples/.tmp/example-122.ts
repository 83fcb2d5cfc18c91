import { obligations, parseCollectivite, type Obligation } from "@nrs/model";
const c = parseCollectivite({ type: "COMMUNE", nom: "X", siren: "732829320", codeInsee: "26901", population: { valeur: 60000, type: "totale", millesime: 2021 } });
const list: Obligation[] = c.ok ? obligations(c.value, { on: "2025-01-01" }) : [];
console.log(list.filter((o) => o.applicable).map((o) => o.code));
export {};
