import { parseProgramme, type ProgrammeDeTravailInput } from "@nrs/model";
const input: ProgrammeDeTravailInput = { collectivite: { siren: "732829320" }, acteurs: [], syntheseActionsEngagees: [] };
__nrsLog(0, parseProgramme(input).ok); // true
export {};
