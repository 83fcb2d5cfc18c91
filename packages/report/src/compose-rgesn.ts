import { RGESN_CRITERIA, RGESN_STATUSES, rgesnScore, type RgesnEvaluationRecord, type RgesnStatus } from "@nrs/indicators";
import type { Lang } from "@nrs/core";
import { formatDate } from "./format-date.js";
import type { Section } from "./document.js";
import { tr } from "./compose-common.js";
import { countOf } from "./plural.js";
import { qty } from "./published-number.js";

// The RGESN declaration of each evaluated service, criterion by criterion, as collectivités publish
// them: the service's score (RGESN 2024 formula of @nrs/indicators) and every criterion id under its
// status. One table row per service, the criteria in one cell by status, keeps the document small (its
// own EcoIndex); the DOCX writes the same table.

const ORDER: readonly RgesnStatus[] = ["VALIDE", "NON_VALIDE", "EN_COURS", "A_EVALUER", "NON_APPLICABLE"];
const CRITERION = { fr: ["critère", "critères"], en: ["criterion", "criteria"] } as const;

/** The section `rgesn`, when the year has RGESN evaluations (the latest of each service). */
export function rgesnSection(records: readonly RgesnEvaluationRecord[] | undefined, lang: Lang): Section | undefined {
  if (!records || records.length === 0) return undefined;
  const byService = new Map<string, RgesnEvaluationRecord[]>();
  for (const r of records) byService.set(r.service, [...(byService.get(r.service) ?? []), r]);
  const rows = [...byService]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([service, list]) => {
      const date = list
        .map((r) => r.date)
        .sort()
        .at(-1)!;
      const latest = list.filter((r) => r.date === date);
      const score = rgesnScore(latest);
      // Criteria the evaluation does not mention count as « À évaluer », as the score counts them.
      const status = new Map<string, RgesnStatus>(RGESN_CRITERIA.map((c) => [c.id, "A_EVALUER"]));
      for (const r of latest) status.set(r.criterion, r.status);
      const ids = (s: RgesnStatus) => RGESN_CRITERIA.filter((c) => status.get(c.id) === s).map((c) => c.id);
      return {
        header: service,
        cells: [
          formatDate(date, lang),
          score.score ? qty(score.score, "/100", lang) : "—",
          ORDER.map((s) => ({ s, list: ids(s) }))
            .filter((x) => x.list.length > 0)
            .map((x) => `${RGESN_STATUSES[x.s][lang]} (${countOf(x.list.length, CRITERION, lang)})\u00A0: ${x.list.join(" ")}`)
            .join(". "),
        ],
      };
    });
  return {
    id: "rgesn",
    title: tr(lang, "Annexe\u00A0: déclarations RGESN des services évalués", "Annex: RGESN declarations of the evaluated services"),
    blocks: [
      {
        kind: "p",
        text: tr(
          lang,
          `Pour chaque service évalué, le score d'avancement du référentiel général d'écoconception de services numériques (RGESN 2024, ${RGESN_CRITERIA.length} critères\u00A0; poids 1,5, 1,25 et 1 selon la priorité\u00A0; « non applicable » hors du dénominateur) et chaque critère sous son statut.`,
          `For each evaluated service, the progress score of the general ecodesign guideline for digital services (RGESN 2024, ${RGESN_CRITERIA.length} criteria; weights 1.5, 1.25 and 1 by priority; "not applicable" out of the denominator) and each criterion under its status.`,
        ),
      },
      {
        kind: "table",
        caption: tr(lang, "Déclarations RGESN, critère par critère", "RGESN declarations, criterion by criterion"),
        columns: [
          { label: tr(lang, "Service", "Service") },
          { label: tr(lang, "Évaluation", "Evaluated on") },
          { label: tr(lang, "Score", "Score"), numeric: true },
          { label: tr(lang, "Critères par statut", "Criteria by status"), wide: true },
        ],
        rows,
      },
    ],
  };
}
