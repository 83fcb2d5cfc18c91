import { toJsonValue } from "@nrs/core";
import type { BilanAnnuel } from "./bilan-annuel.js";
import type { Collectivite } from "./collectivite.js";
import type { ProgrammeDeTravail } from "./programme-de-travail.js";
import type { Strategie } from "./strategie.js";

/**
 * Any top-level document of a project folder, as parsed.
 *
 * @example
 * ```ts
 * import { parseProgramme, serialize, type DocumentProjet } from "@nrs/model";
 * const r = parseProgramme({ collectivite: { siren: "732829320" }, acteurs: [], syntheseActionsEngagees: [] });
 * const doc: DocumentProjet | undefined = r.ok ? r.value : undefined;
 * if (doc) console.log(JSON.stringify(serialize(doc)));
 * ```
 */
export type DocumentProjet = Collectivite | ProgrammeDeTravail | Strategie | BilanAnnuel;

/**
 * Turns a parsed document back into plain JSON data: decimals stay the canonical strings parsing gave
 * (nothing lost to floating point; a `Decimal` put in by hand is written as a string too), keys come out sorted, absent optional fields are left out. Parsing the result
 * gives back an equal document. Write it with `JSON.stringify(serialize(doc), null, 2)`.
 *
 * @example
 * ```ts
 * import { parseStrategy, serialize } from "@nrs/model";
 * const r = parseStrategy({ collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
 *   objectifs: [], indicateurs: [], mesures: [], moyens: { budgetEuros: 0.1 } });
 * if (!r.ok) throw new Error("should parse");
 * const json = serialize(r.value) as { moyens: { budgetEuros: string } };
 * console.log(json.moyens.budgetEuros); // "0.1"
 * ```
 */
export function serialize(document: DocumentProjet): unknown {
  return toJsonValue(document);
}
