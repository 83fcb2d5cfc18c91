import type { Lang } from "@nrs/core";
import { PERIODICITES, SENS_INDICATEUR, STATUTS_MESURE, type Strategie } from "@nrs/model";
import { axesUsed, axisLabel, axisTitle, euros, libelle, m, objectiveText, tr } from "./compose-common.js";
import type { Section } from "./document.js";

// The strategy document's detail, which the bilan leaves out: one section per axis with its objectives,
// and the tables of the indicators and of the measures. In its own module so that renderBilan does not
// bundle it (renderStrategy passes it to strategySection).

/** The objectives by axis, then the indicator and measure tables of the strategy document. */
export function strategyDetailSections(s: Strategie, lang: Lang): Section[] {
  const byCode = new Map(s.indicateurs.map((i) => [i.code, i]));
  const sections: Section[] = axesUsed(s).map((code) => ({
    id: "axe-" + code.toLowerCase().replace(/_/g, "-"),
    title: axisTitle(code, lang),
    blocks: [{ kind: "ul", items: s.objectifs.filter((o) => o.axe === code).map((o) => objectiveText(o, byCode, lang)) }],
  }));
  sections.push({
    id: "strategie-indicateurs",
    title: tr(lang, "Indicateurs de suivi", "Monitoring indicators"),
    blocks: [
      {
        kind: "table",
        caption: tr(lang, "Indicateurs de suivi", "Monitoring indicators"),
        columns: [
          { label: tr(lang, "Indicateur", "Indicator") },
          { label: tr(lang, "Code", "Code") },
          { label: tr(lang, "Unité", "Unit") },
          { label: tr(lang, "Sens", "Direction") },
          { label: tr(lang, "Périodicité", "Frequency") },
        ],
        rows: s.indicateurs.map((i) => ({
          header: libelle(i.libelle, lang),
          cells: [i.code, i.unite, m(SENS_INDICATEUR[i.sens], lang), m(PERIODICITES[i.periodicite], lang)],
        })),
      },
    ],
  });
  sections.push({
    id: "strategie-mesures",
    title: tr(lang, "Mesures", "Measures"),
    blocks: [
      {
        kind: "table",
        caption: tr(lang, "Mesures de la stratégie", "Measures of the strategy"),
        columns: [
          { label: tr(lang, "Mesure", "Measure") },
          { label: tr(lang, "Axe", "Axis") },
          { label: tr(lang, "Statut", "Status") },
          { label: tr(lang, "Porteur", "Owner") },
          { label: tr(lang, "Budget", "Budget"), numeric: true },
        ],
        rows: s.mesures.map((x) => ({
          header: x.libelle,
          cells: [
            axisLabel(x.axe, lang),
            m(STATUTS_MESURE[x.statut], lang),
            x.porteur ?? "—",
            x.budgetEuros ? euros(x.budgetEuros, lang) : "—",
          ],
        })),
      },
    ],
  });
  return sections;
}
