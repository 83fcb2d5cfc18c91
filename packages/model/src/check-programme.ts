import type { Problem } from "@nrs/core";
import type { Collectivite } from "./collectivite.js";
import { COLLECTIVITE_RULES } from "./compliance-rules-collectivite.js";
import { PROGRAMME_RULES } from "./compliance-rules-programme.js";
import { findingOf } from "./internal/finding.js";
import { OBLIGATIONS_DEFAULTS } from "./obligations-options.js";
import type { ProgrammeDeTravail } from "./programme-de-travail.js";

/**
 * Options of {@link checkProgramme}.
 *
 * @example
 * ```ts
 * import type { CheckProgrammeOptions } from "@nrs/model";
 * const options: CheckProgrammeOptions = { seuilSnr: 50000 };
 * console.log(options.seuilSnr);
 * ```
 */
export interface CheckProgrammeOptions {
  /** The collectivité: its SIREN is compared, and deadlines are judged only when it is bound by the SNR. */
  readonly collectivite?: Collectivite;
  /** Threshold of the SNR obligation (default 50,000, strictly greater); see `OBLIGATIONS_DEFAULTS`. */
  readonly seuilSnr?: number;
}

/** Due date of the programme de travail (loi n° 2021-1485 art. 35, I: « au plus tard le 1er janvier 2023 »). */
const DUE = "2023-01-01";

/**
 * Checks a programme de travail against loi n° 2021-1485 art. 35 and CGCT art. D. 2311-15-1: actors
 * listed (public and private), bilan of the environmental impact of digital and of its uses on the
 * territory, synthesis of actions already undertaken, adoption by 1 January 2023. Returns findings
 * (see `COMPLIANCE_RULES`); never throws on a parsed programme.
 *
 * @example
 * ```ts
 * import { checkProgramme, parseProgramme } from "@nrs/model";
 * const p = parseProgramme({ collectivite: { siren: "732829320" }, acteurs: [], syntheseActionsEngagees: [] });
 * if (!p.ok) throw new Error("should parse");
 * const codes = checkProgramme(p.value).map((f) => f.code);
 * if (!codes.includes("NRS_PROG_NO_ACTORS") || !codes.includes("NRS_PROG_NO_USES_BILAN")) throw new Error("unexpected");
 * ```
 */
export function checkProgramme(programme: ProgrammeDeTravail, options: CheckProgrammeOptions = {}): Problem[] {
  const finding = findingOf({ ...COLLECTIVITE_RULES, ...PROGRAMME_RULES });
  const out: Problem[] = [];
  const c = options.collectivite;
  if (c && c.siren !== programme.collectivite.siren) {
    out.push(finding("NRS_COLLECTIVITE_MISMATCH", ["collectivite", "siren"], `${programme.collectivite.siren} ≠ ${c.siren}`));
  }
  if (programme.acteurs.length === 0) {
    out.push(finding("NRS_PROG_NO_ACTORS", ["acteurs"]));
  } else {
    if (!programme.acteurs.some((a) => a.nature === "PUBLIC")) out.push(finding("NRS_PROG_NO_PUBLIC_ACTOR", ["acteurs"]));
    if (!programme.acteurs.some((a) => a.nature === "PRIVE")) out.push(finding("NRS_PROG_NO_PRIVATE_ACTOR", ["acteurs"]));
  }
  if (!programme.bilanImpactEnvironnemental) out.push(finding("NRS_PROG_NO_IMPACT_BILAN", ["bilanImpactEnvironnemental"]));
  if (!programme.bilanUsages) out.push(finding("NRS_PROG_NO_USES_BILAN", ["bilanUsages"]));
  if (programme.syntheseActionsEngagees.length === 0) out.push(finding("NRS_PROG_NO_ACTIONS", ["syntheseActionsEngagees"]));
  const bound = !c || c.population.valeur > (options.seuilSnr ?? OBLIGATIONS_DEFAULTS.seuilSnr);
  if (bound) {
    if (!programme.adoption) {
      out.push(finding("NRS_PROG_NOT_ADOPTED", ["adoption"]));
    } else if (programme.adoption.date > DUE) {
      out.push(finding("NRS_PROG_LATE", ["adoption", "date"], `${programme.adoption.date} > ${DUE}`));
    }
  }
  return out;
}
