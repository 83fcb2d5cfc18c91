import type * as z from "zod/mini";
import { fail, type Problem, type Result, safeParse } from "@nrs/core";
import { type BilanAnnuel, BilanAnnuelSchema } from "./bilan-annuel.js";
import { type Collectivite, CollectiviteSchema } from "./collectivite.js";
import { type ProgrammeDeTravail, ProgrammeDeTravailSchema } from "./programme-de-travail.js";
import { type Strategie, StrategieSchema } from "./strategie.js";

function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Result<z.output<S>> {
  try {
    return safeParse(schema, input);
  } catch (e) {
    // zod does not throw on data, but a hostile input (a getter that throws, a Proxy) could: report it.
    const problem: Problem = {
      code: "NRS_UNREADABLE",
      severity: "error",
      path: [],
      message: {
        fr: `Document illisible : ${e instanceof Error ? e.message : String(e)}`,
        en: `Unreadable document: ${e instanceof Error ? e.message : String(e)}`,
      },
    };
    return fail([problem]);
  }
}

/**
 * Validates a collectivité document (the parsed JSON of `collectivite.json`). Never throws on bad
 * data: every problem comes back with a code, its path and a French and English message.
 *
 * @example
 * ```ts
 * import { parseCollectivite } from "@nrs/model";
 * const r = parseCollectivite({ type: "COMMUNE", nom: "Fictiville", siren: "732829321", codeInsee: "26901",
 *   population: { valeur: 60000, type: "totale", millesime: 2021 } });
 * if (r.ok) throw new Error("bad SIREN should be refused");
 * console.log(r.errors[0]?.code, r.errors[0]?.path); // NRS_INVALID_SIREN ["siren"]
 * ```
 */
export function parseCollectivite(input: unknown): Result<Collectivite> {
  return parseWith(CollectiviteSchema, input);
}

/**
 * Validates a programme de travail document (`programme-de-travail.json`); never throws on bad data.
 *
 * @example
 * ```ts
 * import { parseProgramme } from "@nrs/model";
 * const r = parseProgramme({ collectivite: { siren: "732829320" }, acteurs: [], syntheseActionsEngagees: [] });
 * if (!r.ok) throw new Error("should parse");
 * ```
 */
export function parseProgramme(input: unknown): Result<ProgrammeDeTravail> {
  return parseWith(ProgrammeDeTravailSchema, input);
}

/**
 * Validates a strategy document (`strategie.json`); decimals may be numbers or strings and come
 * back as canonical decimal strings (`"0.1"`, never `"1e-7"`; see `zDecimalString` in @nrs/core).
 * Never throws on bad data.
 *
 * @example
 * ```ts
 * import { parseStrategy } from "@nrs/model";
 * const r = parseStrategy({ collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
 *   objectifs: [], indicateurs: [], mesures: [], moyens: { budgetEuros: "abc" } });
 * if (r.ok) throw new Error("should fail");
 * console.log(r.errors[0]?.path); // ["moyens", "budgetEuros"]
 * ```
 */
export function parseStrategy(input: unknown): Result<Strategie> {
  return parseWith(StrategieSchema, input);
}

/**
 * Validates a bilan annuel document (`bilans/<année>.json`); never throws on bad data.
 *
 * @example
 * ```ts
 * import { parseBilan } from "@nrs/model";
 * const r = parseBilan({ collectivite: { siren: "732829320" }, annee: 2024,
 *   rapportDd: { exerciceBudgetaire: 2025, datePresentation: "2025-02-30" }, valeurs: [], avancementMesures: [] });
 * if (r.ok) throw new Error("30 February should be refused");
 * console.log(r.errors[0]?.code); // NRS_INVALID_DATE
 * ```
 */
export function parseBilan(input: unknown): Result<BilanAnnuel> {
  return parseWith(BilanAnnuelSchema, input);
}
