import { parseProgramme } from "@nrs/model";
const r = parseProgramme({ collectivite: { siren: "732829320" }, acteurs: [], syntheseActionsEngagees: [] });
if (!r.ok) throw new Error("should parse");
export {};
