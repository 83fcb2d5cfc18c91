import { ProgrammeDeTravailSchema } from "@nrs/model";
const r = ProgrammeDeTravailSchema.safeParse({
  collectivite: { siren: "732829320" },
  acteurs: [{ nom: "Fictiville", nature: "PUBLIC", role: "Pilote" }],
  syntheseActionsEngagees: [],
});
__nrsLog(0, r.success); // true
export {};
