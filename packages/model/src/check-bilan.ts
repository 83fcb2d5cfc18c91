import { compareDecimalStrings, type Problem } from "@nrs/core";
import type { BilanAnnuel } from "./bilan-annuel.js";
import type { Collectivite } from "./collectivite.js";
import { COLLECTIVITE_RULES } from "./compliance-rules-collectivite.js";
import { BILAN_RULES } from "./compliance-rules-bilan.js";
import { findingOf } from "./internal/finding.js";
import type { Strategie } from "./strategie.js";

/**
 * Options of {@link checkBilan}.
 *
 * @example
 * ```ts
 * import type { CheckBilanOptions } from "@nrs/model";
 * const options: CheckBilanOptions = { indicateursCalcules: ["part-achats-reemploi"] };
 * console.log([...(options.indicateursCalcules ?? [])].length); // 1
 * ```
 */
export interface CheckBilanOptions {
  /** The strategy the bilan follows: needed for every check that compares the bilan with it. */
  readonly strategie?: Strategie;
  /** The collectivité: its SIREN is compared and `entite` values are checked against its member communes. */
  readonly collectivite?: Collectivite;
  /**
   * Codes of indicators whose value for the year comes from elsewhere (computed from the data files
   * by `@nrs/indicators`): they are not reported missing from the bilan.
   */
  readonly indicateursCalcules?: Iterable<string>;
}

/**
 * Checks a bilan annuel: a value for every indicator with a target that year, values of defined
 * indicators dated within the year and not duplicated, progress for the strategy's measures, a
 * rapport DD presented before the budget debate (CGCT art. L. 2311-1-1). Without `strategie` only
 * the bilan's own consistency is checked. Returns findings (see `COMPLIANCE_RULES`); never throws on
 * a parsed bilan.
 *
 * @example
 * ```ts
 * import { checkBilan, parseBilan, parseStrategy } from "@nrs/model";
 * const s = parseStrategy({
 *   collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
 *   objectifs: [{ id: "O1", axe: "ECOCONCEPTION", libelle: "Écoconcevoir", temporalite: "ANNUEL",
 *     cibles: [{ indicateur: "ateliers", anneeReference: 2024, valeurReference: 2, anneeCible: 2025, valeurCible: 6 }] }],
 *   indicateurs: [{ code: "ateliers", libelle: { fr: "Ateliers" }, unite: "nombre", sens: "HAUSSE", periodicite: "annuelle", axe: "ECOCONCEPTION" }],
 *   mesures: [], moyens: { etp: 1 },
 * });
 * const b = parseBilan({ collectivite: { siren: "732829320" }, annee: 2025,
 *   rapportDd: { exerciceBudgetaire: 2026, datePresentation: "2026-02-05" }, valeurs: [], avancementMesures: [] });
 * if (!s.ok || !b.ok) throw new Error("should parse");
 * const f = checkBilan(b.value, { strategie: s.value });
 * if (!f.some((x) => x.code === "NRS_BILAN_MISSING_TARGET_VALUE")) throw new Error("unexpected");
 * ```
 */
export function checkBilan(bilan: BilanAnnuel, options: CheckBilanOptions = {}): Problem[] {
  const finding = findingOf({ ...COLLECTIVITE_RULES, ...BILAN_RULES });
  const out: Problem[] = [];
  const { strategie, collectivite: c } = options;
  const year = bilan.annee;

  if (c && c.siren !== bilan.collectivite.siren) {
    out.push(finding("NRS_COLLECTIVITE_MISMATCH", ["collectivite", "siren"], `${bilan.collectivite.siren} ≠ ${c.siren}`));
  }

  const rdd = bilan.rapportDd;
  if (rdd.dateDebatBudgetaire !== undefined && rdd.datePresentation > rdd.dateDebatBudgetaire) {
    out.push(
      finding("NRS_BILAN_AFTER_BUDGET_DEBATE", ["rapportDd", "datePresentation"], `${rdd.datePresentation} > ${rdd.dateDebatBudgetaire}`),
    );
  }
  if (rdd.exerciceBudgetaire !== year && rdd.exerciceBudgetaire !== year + 1) {
    out.push(finding("NRS_BILAN_FISCAL_YEAR", ["rapportDd", "exerciceBudgetaire"], `${rdd.exerciceBudgetaire} / ${year}`));
  }

  const members = c ? new Set((c.communesMembres ?? []).map((m) => m.codeInsee)) : undefined;
  const seen = new Set<string>();
  bilan.valeurs.forEach((v, i) => {
    const key = [v.indicateur, v.entite ?? "", v.perimetre, v.dateDebut ?? "", v.date].join("|");
    if (seen.has(key)) {
      out.push(finding("NRS_BILAN_DUPLICATE_VALUE", ["valeurs", i], `${v.indicateur} ${v.date}`));
    }
    seen.add(key);
    if (v.dateDebut !== undefined && v.dateDebut > v.date) out.push(finding("NRS_BILAN_PERIOD_REVERSED", ["valeurs", i, "dateDebut"]));
    // A stock may be read on 1 January of the next year (e.g. the park on 01/01/N+1).
    const inYear = v.date.startsWith(`${year}-`) || (v.nature === "STOCK" && v.date === `${year + 1}-01-01`);
    if (!inYear) {
      out.push(finding("NRS_BILAN_VALUE_OUTSIDE_YEAR", ["valeurs", i, "date"], `${v.date} / ${year}`));
    }
    if (members && v.entite !== undefined && v.entite !== "epci" && !members.has(v.entite)) {
      out.push(finding("NRS_BILAN_UNKNOWN_ENTITY", ["valeurs", i, "entite"], v.entite));
    }
  });

  const progress = new Set<string>();
  bilan.avancementMesures.forEach((a, i) => {
    if (progress.has(a.mesure)) {
      out.push(finding("NRS_BILAN_DUPLICATE_PROGRESS", ["avancementMesures", i, "mesure"], a.mesure));
    }
    progress.add(a.mesure);
    const pct = a.avancementPct;
    if (pct === undefined) return;
    const vs100 = compareDecimalStrings(pct, "100");
    if (
      (a.statut === "FINI" && vs100 < 0) ||
      (a.statut !== "FINI" && vs100 === 0) ||
      (a.statut === "A_FAIRE" && compareDecimalStrings(pct, "0") > 0)
    ) {
      out.push(finding("NRS_BILAN_PROGRESS_INCONSISTENT", ["avancementMesures", i, "avancementPct"], `${a.mesure}: ${a.statut}, ${pct} %`));
    }
  });

  if (!strategie) return out;

  if (c === undefined && strategie.collectivite.siren !== bilan.collectivite.siren) {
    out.push(
      finding("NRS_COLLECTIVITE_MISMATCH", ["collectivite", "siren"], `${bilan.collectivite.siren} ≠ ${strategie.collectivite.siren}`),
    );
  }
  if (bilan.versionStrategie !== undefined && bilan.versionStrategie !== strategie.version) {
    out.push(finding("NRS_BILAN_STRATEGY_VERSION", ["versionStrategie"], `${bilan.versionStrategie} ≠ ${strategie.version}`));
  }
  if (year < strategie.periode.debut || year > strategie.periode.fin)
    out.push(finding("NRS_BILAN_OUTSIDE_PERIOD", ["annee"], `${year} ∉ ${strategie.periode.debut}–${strategie.periode.fin}`));

  const defined = new Set(strategie.indicateurs.map((d) => d.code));
  bilan.valeurs.forEach((v, i) => {
    if (!defined.has(v.indicateur)) {
      out.push(finding("NRS_BILAN_UNKNOWN_INDICATOR", ["valeurs", i, "indicateur"], v.indicateur));
    }
  });

  const available = new Set<string>([...bilan.valeurs.map((v) => v.indicateur), ...(options.indicateursCalcules ?? [])]);
  const targeted = new Set<string>();
  for (const o of strategie.objectifs) {
    for (const t of o.cibles) {
      if (t.anneeCible === year && !available.has(t.indicateur) && !targeted.has(t.indicateur)) {
        targeted.add(t.indicateur);
        out.push(finding("NRS_BILAN_MISSING_TARGET_VALUE", ["valeurs"], `${t.indicateur}, ${o.id}, ${year}`));
      }
    }
  }
  const followed = new Set(strategie.objectifs.flatMap((o) => [...o.cibles.map((t) => t.indicateur), ...(o.indicateurs ?? [])]));
  for (const code of followed) {
    if (!available.has(code) && !targeted.has(code) && defined.has(code)) {
      out.push(finding("NRS_BILAN_NO_VALUE", ["valeurs"], code));
    }
  }

  const measureIds = new Set(strategie.mesures.map((m) => m.id));
  bilan.avancementMesures.forEach((a, i) => {
    if (!measureIds.has(a.mesure)) {
      out.push(finding("NRS_BILAN_UNKNOWN_MEASURE", ["avancementMesures", i, "mesure"], a.mesure));
    }
  });
  strategie.mesures.forEach((m) => {
    if (!progress.has(m.id)) {
      out.push(finding("NRS_BILAN_MEASURE_NOT_REPORTED", ["avancementMesures"], m.id));
    }
  });
  return out;
}
