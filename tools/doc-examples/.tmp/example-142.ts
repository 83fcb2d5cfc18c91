import { parseProgramme, serialize, type DocumentProjet } from "@nrs/model";
const r = parseProgramme({ collectivite: { siren: "732829320" }, acteurs: [], syntheseActionsEngagees: [] });
const doc: DocumentProjet | undefined = r.ok ? r.value : undefined;
if (doc) console.log(JSON.stringify(serialize(doc)));
export {};
