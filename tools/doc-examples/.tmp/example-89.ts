import { parseCollectivite, type CollectiviteInput } from "@nrs/model";
const input: CollectiviteInput = { type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901",
  population: { valeur: 60000, type: "totale", millesime: 2021 }, agentsEtp: "812.5" };
__nrsLog(0, parseCollectivite(input).ok); // true
export {};
