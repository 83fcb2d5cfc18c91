import type { Decimal } from "decimal.js";
import type { Lang } from "@nrs/core";
import { TERRITORY_SEGMENT_LABELS, TERRITORY_SEGMENTS, type TerritoryBasis, type TerritoryFootprintResult } from "@nrs/footprint";
import type { Block, Section } from "./document.js";
import { m, tr } from "./compose-common.js";
import { formatNumber } from "./format-number.js";
import { colon, semicolon } from "./punctuation.js";
import type { TerritoryReport } from "./report-input.js";

const BASIS: Readonly<Record<TerritoryBasis, { fr: string; en: string }>> = {
  population: { fr: "moyenne nationale par habitant", en: "national average per inhabitant" },
  menages: { fr: "ménages du territoire", en: "the territory's households" },
  abonnementsFixes: { fr: "abonnements fixes du territoire", en: "the territory's fixed subscriptions" },
  implantation: { fr: "centres de données situés sur le territoire", en: "data centres located on the territory" },
};

// Tonnes with no decimals: the estimate is not precise to the kilogram, and a council reads tonnes.
const t = (kg: Decimal, lang: Lang): string => formatNumber(kg.div(1000), lang, { decimals: 0 });
const kgHead = (kg: Decimal, lang: Lang): string => formatNumber(kg, lang, { decimals: 0 });
const pct = (share: Decimal, lang: Lang): string => formatNumber(share.times(100), lang, { decimals: 1 });

/** The heading of the territory section, the same in HTML, Markdown and JSON. */
export function territorySectionTitle(lang: Lang): string {
  return tr(lang, "Empreinte numérique du territoire", "Digital footprint of the territory");
}

function trend(current: TerritoryFootprintResult, r: TerritoryReport, lang: Lang): string {
  const p = r.precedente;
  if (p === undefined)
    return tr(
      lang,
      "Première année estimée\u00A0: l'évolution sera montrée l'an prochain.",
      "First year estimated: the change will be shown next year.",
    );
  const same = p.empreinte.year === current.year && p.empreinte.edition === current.edition;
  const base = tr(
    lang,
    `En ${p.annee}\u00A0: ${t(p.empreinte.total.value, lang)} tCO2e, soit ${kgHead(p.empreinte.perInhabitant.value, lang)} kgCO2e par habitant.`,
    `In ${p.annee}: ${t(p.empreinte.total.value, lang)} tCO2e, that is ${kgHead(p.empreinte.perInhabitant.value, lang)} kgCO2e per inhabitant.`,
  );
  return `${base} ${
    same
      ? tr(
          lang,
          `Les deux années reposent sur les mêmes chiffres nationaux (${current.year})\u00A0: l'écart ne vient que de la population et des données locales, pas d'une baisse mesurée des usages.`,
          `Both years rest on the same national figures (${current.year}): the change comes only from the population and the local data, not from a measured change in uses.`,
        )
      : tr(
          lang,
          "Les chiffres nationaux ont changé entre les deux années\u00A0: l'écart mêle l'évolution du territoire et celle de l'évaluation.",
          "The national figures changed between the two years: the change mixes the territory's and the assessment's.",
        )
  }`;
}

/**
 * The bilan's section on the territory's digital footprint (`id="territoire"`; the HTML writer puts ids on headings, not on `<section>` wrappers): the total and
 * its range, per inhabitant, by segment with what each was scaled by, the administration's share, the
 * trend, and the sources and uncertainty, in plain words for a council.
 */
export function territorySection(r: TerritoryReport, lang: Lang): Section {
  const e = r.empreinte;
  const blocks: Block[] = [
    {
      kind: "p",
      text: tr(
        lang,
        `L'empreinte carbone du numérique du territoire (équipements des habitants, des entreprises et des services publics, réseaux, centres de données qui servent ces usages) est estimée à ${t(e.total.value, lang)} tCO2e pour ${r.annee} (entre ${t(e.total.min, lang)} et ${t(e.total.max, lang)}), soit ${kgHead(e.perInhabitant.value, lang)} kgCO2e par habitant. C'est une estimation, pas une mesure\u00A0: l'évaluation nationale de l'ADEME et de l'Arcep (édition ${e.edition}, chiffres ${e.year}) rapportée aux ${formatNumber(e.population, lang, { decimals: 0 })} habitants du territoire et à ses données locales.`,
        `The carbon footprint of digital on the territory (devices of residents, businesses and public services, networks, the data centres serving these uses) is estimated at ${t(e.total.value, lang)} tCO2e for ${r.annee} (between ${t(e.total.min, lang)} and ${t(e.total.max, lang)}), that is ${kgHead(e.perInhabitant.value, lang)} kgCO2e per inhabitant. It is an estimate, not a measurement: the national assessment of ADEME and Arcep (edition ${e.edition}, ${e.year} figures) scaled to the territory's ${formatNumber(e.population, lang, { decimals: 0 })} inhabitants and its local data.`,
      ),
    },
    {
      kind: "table",
      caption: tr(lang, `Empreinte du territoire par segment (${r.annee})`, `Territory footprint by segment (${r.annee})`),
      columns: [
        { label: tr(lang, "Segment", "Segment") },
        { label: tr(lang, "tCO2e [min\u00A0; max]", "tCO2e [min; max]"), numeric: true },
        { label: tr(lang, "kgCO2e par habitant", "kgCO2e per inhabitant"), numeric: true },
        { label: tr(lang, "Estimé à partir de", "Scaled by") },
      ],
      rows: TERRITORY_SEGMENTS.map((s) => {
        const seg = e.bySegment[s];
        return {
          header: m(TERRITORY_SEGMENT_LABELS[s], lang),
          cells: [
            `${t(seg.gwp.value, lang)} [${t(seg.gwp.min, lang)}${semicolon(lang)}${t(seg.gwp.max, lang)}]`,
            kgHead(seg.perInhabitant.value, lang),
            m(BASIS[seg.basis], lang),
          ],
        };
      }),
    },
  ];
  if (e.administration) {
    blocks.push({
      kind: "p",
      text: tr(
        lang,
        `Les services de la collectivité (parc et hébergement) en représentent ${pct(e.administration.share.value, lang)}\u00A0%\u00A0: ils sont déjà comptés dans cette empreinte, pas ajoutés.`,
        `The authority's own services (devices and hosting) account for ${pct(e.administration.share.value, lang)}\u00A0% of it: already counted in this footprint, not added.`,
      ),
    });
  }
  blocks.push({ kind: "p", text: trend(e, r, lang) });
  blocks.push({
    kind: "p",
    text: tr(
      lang,
      "Incertitude\u00A0: la fourchette ne tient qu'à l'arrondi des chiffres publiés et à l'écart entre les estimations de population nationale\u00A0; l'incertitude propre de l'étude nationale n'est pas reprise, et une moyenne nationale ne décrit pas les usages d'un territoire particulier. Méthode et chiffres\u00A0: docs/methodology/territoire.md.",
      "Uncertainty: the range only reflects the rounding of the published figures and the gap between national population estimates; the national study's own uncertainty is not carried, and a national average does not describe a given territory's uses. Method and figures: docs/methodology/territoire.md.",
    ),
  });
  // One paragraph, not a list: every element weighs on the bilan's own EcoIndex. The notes that repeat
  // the table's « scaled by » column are left out. A figure is cited by its pack row (whose source text
  // is in English): the rows and their sources are listed in docs/methodology/territoire.md.
  const sources = [
    ...new Map(
      e.trace.factors.map((f) => [f.id, `${f.item} ${f.year} = ${f.value} ${f.unit} (${f.pack}@${f.packVersion} ${f.id})`]),
    ).values(),
  ];
  const labels = TERRITORY_SEGMENTS.map((s) => `${TERRITORY_SEGMENT_LABELS[s].fr} :`);
  const notes = e.trace.notes.filter((n) => !labels.some((l) => n.fr.startsWith(l))).map((n) => m(n, lang));
  blocks.push({
    kind: "p",
    text: `${tr(lang, "Sources", "Sources")}${colon(lang)}${sources.join(semicolon(lang))}. ${notes.join(" ")}`.trim(),
  });
  return { id: "territoire", title: territorySectionTitle(lang), blocks };
}
