import { parseCollectivite } from "@nrs/model";
const r = parseCollectivite({ type: "COMMUNE", nom: "Fictiville", siren: "732829321", codeInsee: "26901",
  population: { valeur: 60000, type: "totale", millesime: 2021 } });
if (r.ok) throw new Error("bad SIREN should be refused");
__nrsLog(0, r.errors[0]?.code, r.errors[0]?.path); // NRS_INVALID_SIREN ["siren"]
export {};
