import { obligations, parseCollectivite, type CodeObligation } from "@nrs/model";
const c = parseCollectivite({ type: "COMMUNE", nom: "X", siren: "732829320", codeInsee: "26901", population: { valeur: 4000, type: "totale", millesime: 2021 } });
const codes: CodeObligation[] = c.ok ? obligations(c.value, { on: "2025-01-01" }).map((o) => o.code) : [];
console.log(codes.join(", "));
export {};
