import { obligations, parseCollectivite } from "@nrs/model";
const c = parseCollectivite({ type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901",
  population: { valeur: 50001, type: "totale", millesime: 2021 }, agentsEtp: 900 });
if (!c.ok) throw new Error("should parse");
const snr = obligations(c.value, { on: "2025-06-01", adoptions: { strategie: "2025-03-20" } })
  .find((o) => o.code === "SNR");
__nrsLog(0, snr?.applicable); // true
__nrsLog(1, snr?.echeances.find((e) => e.code === "STRATEGIE")?.statut); // "ADOPTEE_EN_RETARD"
export {};
