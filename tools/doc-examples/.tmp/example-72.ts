import { checkProgramme, parseProgramme } from "@nrs/model";
const p = parseProgramme({ collectivite: { siren: "732829320" }, acteurs: [], syntheseActionsEngagees: [] });
if (!p.ok) throw new Error("should parse");
const codes = checkProgramme(p.value).map((f) => f.code);
if (!codes.includes("NRS_PROG_NO_ACTORS") || !codes.includes("NRS_PROG_NO_USES_BILAN")) throw new Error("unexpected");
export {};
