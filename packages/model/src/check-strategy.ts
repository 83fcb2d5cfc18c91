import type { Problem } from "@nrs/core";
import { axes } from "./axe.js";
import type { Collectivite } from "./collectivite.js";
import { finding } from "./internal/finding.js";
import { OBLIGATIONS_DEFAULTS } from "./obligations.js";
import type { ProgrammeDeTravail } from "./programme-de-travail.js";
import type { Strategie } from "./strategie.js";

/** Options of {@link checkStrategy}. */
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
  const out: Problem[] = [];
  const c = options.collectivite;
  if (c && c.siren !== strategie.collectivite.siren) {
    out.push(
      finding("NRS_COLLECTIVITE_MISMATCH", ["collectivite", "siren"],
        `SIREN ${strategie.collectivite.siren} ≠ ${c.siren} (collectivite.json).`,
        `SIREN ${strategie.collectivite.siren} ≠ ${c.siren} (collectivite.json).`),
    );
  }
  const { debut, fin } = strategie.periode;
  if (fin < debut) out.push(finding("NRS_STRAT_PERIOD_REVERSED", ["periode", "fin"]));

  // Identifiers must be unique within their list: measures and targets refer to them.
  const duplicates = (list: readonly string[], key: string, field: string) => {
    const seen = new Set<string>();
    list.forEach((id, i) => {
      if (seen.has(id)) {
        out.push(
          finding("NRS_STRAT_DUPLICATE_ID", [key, i, field],
            `Identifiant « ${id} » en double dans ${key}.`, `Duplicate identifier "${id}" in ${key}.`),
        );
      }
      seen.add(id);
    });
  };
  duplicates(strategie.objectifs.map((o) => o.id), "objectifs", "id");
  duplicates(strategie.mesures.map((m) => m.id), "mesures", "id");
  duplicates(strategie.indicateurs.map((d) => d.code), "indicateurs", "code");

  const defined = new Map(strategie.indicateurs.map((d) => [d.code, d]));
  const objectiveIds = new Set(strategie.objectifs.map((o) => o.id));
  const served = new Set(strategie.mesures.flatMap((m) => m.objectifs));
  const used = new Set<string>();

  if (strategie.objectifs.length === 0) out.push(finding("NRS_STRAT_NO_OBJECTIVE", ["objectifs"]));
  strategie.objectifs.forEach((o, i) => {
    const followed = [...o.cibles.map((t) => t.indicateur), ...(o.indicateurs ?? [])];
    followed.forEach((code) => used.add(code));
    if (followed.length === 0) {
      out.push(
        finding("NRS_STRAT_OBJECTIVE_NO_INDICATOR", ["objectifs", i],
          `L'objectif ${o.id} n'a aucun indicateur de suivi (ni cible, ni indicateur).`,
          `Objective ${o.id} has no follow-up indicator (no target, no indicator).`),
      );
    }
    if (!served.has(o.id)) {
      out.push(
        finding("NRS_STRAT_OBJECTIVE_NO_MEASURE", ["objectifs", i],
          `Aucune mesure ne sert l'objectif ${o.id}.`, `No measure serves objective ${o.id}.`),
      );
    }
    (o.indicateurs ?? []).forEach((code, j) => {
      if (!defined.has(code)) out.push(undefinedIndicator(code, ["objectifs", i, "indicateurs", j]));
    });
    o.cibles.forEach((t, j) => {
      const path = ["objectifs", i, "cibles", j];
      const def = defined.get(t.indicateur);
      if (!def) out.push(undefinedIndicator(t.indicateur, [...path, "indicateur"]));
      if (t.anneeCible < t.anneeReference) {
        out.push(
          finding("NRS_STRAT_TARGET_BEFORE_BASELINE", [...path, "anneeCible"],
            `Année cible ${t.anneeCible} antérieure à l'année de référence ${t.anneeReference}.`,
            `Target year ${t.anneeCible} is before baseline year ${t.anneeReference}.`),
        );
      }
      if (def) {
        const wrongWay = def.sens === "BAISSE" ? t.valeurCible.gt(t.valeurReference) : t.valeurCible.lt(t.valeurReference);
        if (wrongWay) {
          out.push(
            finding("NRS_STRAT_TARGET_DIRECTION", [...path, "valeurCible"],
              `L'indicateur ${def.code} doit aller ${def.sens === "BAISSE" ? "à la baisse" : "à la hausse"}, mais la cible (${t.valeurCible.toString()}) va dans l'autre sens depuis la référence (${t.valeurReference.toString()}).`,
              `Indicator ${def.code} should go ${def.sens === "BAISSE" ? "down" : "up"}, but the target (${t.valeurCible.toString()}) goes the other way from the baseline (${t.valeurReference.toString()}).`),
          );
        }
      }
      if (fin >= debut && (t.anneeCible < debut || t.anneeCible > fin)) {
        out.push(
          finding("NRS_STRAT_TARGET_OUTSIDE_PERIOD", [...path, "anneeCible"],
            `Année cible ${t.anneeCible} hors de la période ${debut}–${fin}.`,
            `Target year ${t.anneeCible} outside the period ${debut}–${fin}.`),
        );
      }
    });
  });

  strategie.indicateurs.forEach((d, i) => {
    if (!used.has(d.code)) {
      out.push(
        finding("NRS_STRAT_INDICATOR_UNUSED", ["indicateurs", i],
          `L'indicateur ${d.code} n'est rattaché à aucun objectif.`, `Indicator ${d.code} is tied to no objective.`),
      );
    }
  });

  strategie.mesures.forEach((m, k) => {
    if (m.objectifs.length === 0) {
      out.push(
        finding("NRS_STRAT_MEASURE_NO_OBJECTIVE", ["mesures", k, "objectifs"],
          `La mesure ${m.id} ne sert aucun objectif.`, `Measure ${m.id} serves no objective.`),
      );
    }
    m.objectifs.forEach((id, j) => {
      if (!objectiveIds.has(id)) {
        out.push(
          finding("NRS_STRAT_UNKNOWN_OBJECTIVE", ["mesures", k, "objectifs", j],
            `La mesure ${m.id} sert l'objectif « ${id} », qui n'existe pas.`,
            `Measure ${m.id} serves objective "${id}", which does not exist.`),
        );
      }
    });
    if (m.dateDebut !== undefined && m.dateFin !== undefined && m.dateFin < m.dateDebut) {
      out.push(finding("NRS_STRAT_DATES_REVERSED", ["mesures", k, "dateFin"]));
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
      out.push(
        finding("NRS_STRAT_LATE", ["adoption", "date"],
          `Stratégie adoptée le ${strategie.adoption.date}, après l'échéance du ${DUE} (la loi ne prévoit pas de sanction).`,
          `Strategy adopted on ${strategie.adoption.date}, after the ${DUE} deadline (the law provides no sanction).`),
      );
    }
  }
  const prog = options.programme?.adoption?.date;
  if (prog !== undefined && strategie.adoption && strategie.adoption.date < prog) {
    out.push(
      finding("NRS_STRAT_BEFORE_PROGRAMME", ["adoption", "date"],
        `Stratégie adoptée le ${strategie.adoption.date}, avant le programme de travail (${prog}).`,
        `Strategy adopted on ${strategie.adoption.date}, before the programme de travail (${prog}).`),
    );
  }

  const covered = new Set(strategie.objectifs.map((o) => o.axe));
  for (const a of axes) {
    if (a.numero !== null && !covered.has(a.code)) {
      out.push(
        finding("NRS_STRAT_AXIS_NOT_COVERED", ["objectifs"],
          `Axe ${a.numero} non couvert : ${a.libelleCourt.fr} (facultatif).`,
          `Axis ${a.numero} not covered: ${a.libelleCourt.en} (optional).`),
      );
    }
  }
  return out;
}

function undefinedIndicator(code: string, path: (string | number)[]): Problem {
  return finding("NRS_STRAT_INDICATOR_UNDEFINED", path,
    `L'indicateur « ${code} » n'est pas défini dans indicateurs.`,
    `Indicator "${code}" is not defined in indicateurs.`);
}
