import { compareDecimalStrings, type Problem } from "@nrs/core";
import { AXE_CODES, AXE_LABELS } from "./axe-labels.js";
import type { Collectivite } from "./collectivite.js";
import { COLLECTIVITE_RULES } from "./compliance-rules-collectivite.js";
import { STRATEGY_RULES } from "./compliance-rules-strategy.js";
import { findingOf } from "./internal/finding.js";
import { OBLIGATIONS_DEFAULTS } from "./obligations-options.js";
import type { ProgrammeDeTravail } from "./programme-de-travail.js";
import type { Strategie } from "./strategie.js";

/**
 * Options of {@link checkStrategy}.
 *
 * @example
 * ```ts
 * import type { CheckStrategyOptions } from "@nrs/model";
 * const options: CheckStrategyOptions = {};
 * console.log(Object.keys(options).length); // 0
 * ```
 */
export interface CheckStrategyOptions {
  /** The collectivité: its SIREN is compared, and the deadline is judged only when it is bound by the SNR. */
  readonly collectivite?: Collectivite;
  /** The programme de travail the strategy builds on: the strategy should not be adopted before it. */
  readonly programme?: ProgrammeDeTravail;
  /** Threshold of the SNR obligation (default 50,000, strictly greater); see `OBLIGATIONS_DEFAULTS`. */
  readonly seuilSnr?: number;
}

/** Due date of the strategy (loi n° 2021-1485 art. 35, I: « au plus tard le 1er janvier 2025 »). */
const DUE = "2025-01-01";

/**
 * Checks a strategy against CGCT art. D. 2311-15-1 and loi n° 2021-1485 art. 35: objectives, each
 * with a follow-up indicator and a measure, indicators defined, targets after their baseline and in
 * the indicator's direction, measures serving existing objectives, means, adoption by 1 January 2025
 * and after the programme de travail, axes covered. Returns findings (see `COMPLIANCE_RULES`); never
 * throws on a parsed strategy.
 *
 * @example
 * ```ts
 * import { checkStrategy, parseStrategy } from "@nrs/model";
 * const s = parseStrategy({
 *   collectivite: { siren: "732829320" }, version: "1", periode: { debut: 2025, fin: 2030 },
 *   objectifs: [{ id: "O1", axe: "ECOCONCEPTION", libelle: "Écoconcevoir", temporalite: "PLURIANNUEL",
 *     cibles: [{ indicateur: "score-rgesn", anneeReference: 2024, valeurReference: 40, anneeCible: 2023, valeurCible: 70 }] }],
 *   indicateurs: [], mesures: [],
 * });
 * if (!s.ok) throw new Error("should parse");
 * const codes = checkStrategy(s.value).map((f) => f.code);
 * for (const c of ["NRS_STRAT_INDICATOR_UNDEFINED", "NRS_STRAT_TARGET_BEFORE_BASELINE", "NRS_STRAT_OBJECTIVE_NO_MEASURE", "NRS_STRAT_NO_MEANS"]) {
 *   if (!codes.includes(c)) throw new Error(`missing ${c}`);
 * }
 * ```
 */
export function checkStrategy(strategie: Strategie, options: CheckStrategyOptions = {}): Problem[] {
  const finding = findingOf({ ...COLLECTIVITE_RULES, ...STRATEGY_RULES });
  const out: Problem[] = [];
  const c = options.collectivite;
  if (c && c.siren !== strategie.collectivite.siren) {
    out.push(finding("NRS_COLLECTIVITE_MISMATCH", ["collectivite", "siren"], `${strategie.collectivite.siren} ≠ ${c.siren}`));
  }
  const { debut, fin } = strategie.periode;
  if (fin < debut) out.push(finding("NRS_STRAT_PERIOD_REVERSED", ["periode", "fin"]));

  // Identifiers must be unique within their list: measures and targets refer to them.
  const duplicates = (list: readonly string[], key: string, field: string) => {
    const seen = new Set<string>();
    list.forEach((id, i) => {
      if (seen.has(id)) {
        out.push(finding("NRS_STRAT_DUPLICATE_ID", [key, i, field], id));
      }
      seen.add(id);
    });
  };
  duplicates(
    strategie.objectifs.map((o) => o.id),
    "objectifs",
    "id",
  );
  duplicates(
    strategie.mesures.map((m) => m.id),
    "mesures",
    "id",
  );
  duplicates(
    strategie.indicateurs.map((d) => d.code),
    "indicateurs",
    "code",
  );

  const defined = new Map(strategie.indicateurs.map((d) => [d.code, d]));
  const objectiveIds = new Set(strategie.objectifs.map((o) => o.id));
  const served = new Set(strategie.mesures.flatMap((m) => m.objectifs));
  const used = new Set<string>();

  if (strategie.objectifs.length === 0) out.push(finding("NRS_STRAT_NO_OBJECTIVE", ["objectifs"]));
  strategie.objectifs.forEach((o, i) => {
    const followed = [...o.cibles.map((t) => t.indicateur), ...(o.indicateurs ?? [])];
    followed.forEach((code) => used.add(code));
    if (followed.length === 0) {
      out.push(finding("NRS_STRAT_OBJECTIVE_NO_INDICATOR", ["objectifs", i], o.id));
    }
    if (!served.has(o.id)) {
      out.push(finding("NRS_STRAT_OBJECTIVE_NO_MEASURE", ["objectifs", i], o.id));
    }
    (o.indicateurs ?? []).forEach((code, j) => {
      if (!defined.has(code)) out.push(finding("NRS_STRAT_INDICATOR_UNDEFINED", ["objectifs", i, "indicateurs", j], code));
    });
    o.cibles.forEach((t, j) => {
      const path = ["objectifs", i, "cibles", j];
      const def = defined.get(t.indicateur);
      if (!def) out.push(finding("NRS_STRAT_INDICATOR_UNDEFINED", [...path, "indicateur"], t.indicateur));
      if (t.anneeCible < t.anneeReference) {
        out.push(finding("NRS_STRAT_TARGET_BEFORE_BASELINE", [...path, "anneeCible"], `${t.anneeCible} < ${t.anneeReference}`));
      }
      if (def) {
        const wrongWay = compareDecimalStrings(t.valeurCible, t.valeurReference) === (def.sens === "BAISSE" ? 1 : -1);
        if (wrongWay) {
          out.push(
            finding(
              "NRS_STRAT_TARGET_DIRECTION",
              [...path, "valeurCible"],
              `${def.code} ${def.sens}: ${t.valeurReference} → ${t.valeurCible}`,
            ),
          );
        }
      }
      if (fin >= debut && (t.anneeCible < debut || t.anneeCible > fin)) {
        out.push(finding("NRS_STRAT_TARGET_OUTSIDE_PERIOD", [...path, "anneeCible"], `${t.anneeCible} ∉ ${debut}–${fin}`));
      }
    });
  });

  strategie.indicateurs.forEach((d, i) => {
    if (!used.has(d.code)) {
      out.push(finding("NRS_STRAT_INDICATOR_UNUSED", ["indicateurs", i], d.code));
    }
  });

  strategie.mesures.forEach((m, k) => {
    if (m.objectifs.length === 0) {
      out.push(finding("NRS_STRAT_MEASURE_NO_OBJECTIVE", ["mesures", k, "objectifs"], m.id));
    }
    m.objectifs.forEach((id, j) => {
      if (!objectiveIds.has(id)) {
        out.push(finding("NRS_STRAT_UNKNOWN_OBJECTIVE", ["mesures", k, "objectifs", j], `${m.id} → ${id}`));
      }
    });
    if (m.dateDebut !== undefined && m.dateFin !== undefined && m.dateFin < m.dateDebut) {
      out.push(finding("NRS_STRAT_DATES_REVERSED", ["mesures", k, "dateFin"], `${m.id}: ${m.dateFin} < ${m.dateDebut}`));
    }
  });

  const mo = strategie.moyens;
  const hasMeans =
    mo !== undefined &&
    (mo.budgetEuros !== undefined || mo.etp !== undefined || (mo.autres?.length ?? 0) > 0 || (mo.description ?? "").trim() !== "");
  if (!hasMeans) out.push(finding("NRS_STRAT_NO_MEANS", ["moyens"]));

  const bound = !c || c.population.valeur > (options.seuilSnr ?? OBLIGATIONS_DEFAULTS.seuilSnr);
  if (bound) {
    if (!strategie.adoption) {
      out.push(finding("NRS_STRAT_NOT_ADOPTED", ["adoption"]));
    } else if (strategie.adoption.date > DUE) {
      out.push(finding("NRS_STRAT_LATE", ["adoption", "date"], `${strategie.adoption.date} > ${DUE}`));
    }
  }
  const prog = options.programme?.adoption?.date;
  if (prog !== undefined && strategie.adoption && strategie.adoption.date < prog) {
    out.push(finding("NRS_STRAT_BEFORE_PROGRAMME", ["adoption", "date"], `${strategie.adoption.date} < ${prog}`));
  }

  const covered = new Set(strategie.objectifs.map((o) => o.axe));
  for (const code of AXE_CODES) {
    const a = AXE_LABELS[code];
    if (a.numero !== null && !covered.has(code)) {
      out.push(
        finding("NRS_STRAT_AXIS_NOT_COVERED", ["objectifs"], {
          fr: `${a.numero}° ${a.libelleCourt.fr}`,
          en: `${a.numero}° ${a.libelleCourt.en}`,
        }),
      );
    }
  }
  return out;
}
