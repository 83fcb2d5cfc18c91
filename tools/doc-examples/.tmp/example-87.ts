import { CollectiviteSchema } from "@nrs/model";
const r = CollectiviteSchema.safeParse({
  type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901",
  population: { valeur: 60000, type: "totale", millesime: 2021 }, agentsEtp: 820,
});
if (!r.success) throw new Error("should parse");
export {};
