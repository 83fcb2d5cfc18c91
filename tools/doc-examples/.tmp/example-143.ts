import { parseStrategy, serialize } from "@nrs/model";
const r = parseStrategy({ collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
  objectifs: [], indicateurs: [], mesures: [], moyens: { budgetEuros: 0.1 } });
if (!r.ok) throw new Error("should parse");
const json = serialize(r.value) as { moyens: { budgetEuros: string } };
__nrsLog(0, json.moyens.budgetEuros); // "0.1"
export {};
