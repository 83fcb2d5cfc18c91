import type { Lang } from "@nrs/core";
import type { Block, Section } from "./document.js";
import { exact, tr } from "./compose-common.js";
import type { IndicatorLine } from "./compose-bilan.js";
import { countOf } from "./plural.js";
import { packNote } from "./pack-notes.js";
import { unitLabel } from "./unit-label.js";
import type { FactorCitation } from "./report-input.js";
import { colon, semicolon } from "./punctuation.js";

// The annex of sources, in compact form: the project's data files (the only place their names appear)
// and the factors grouped by source (one table row per source, then the factors of each source in one
// paragraph, each with its value, unit and the reference inside the source).

const RECORD = { fr: ["enregistrement", "enregistrements"], en: ["record", "records"] } as const;
const FACTOR = { fr: ["facteur", "facteurs"], en: ["factor", "factors"] } as const;

interface SourceGroup {
  readonly source: string;
  readonly licence: string;
  readonly pack: string;
  readonly years: Set<number>;
  readonly factors: FactorCitation[];
}

function groups(factors: readonly FactorCitation[]): SourceGroup[] {
  const by = new Map<string, SourceGroup>();
  for (const f of factors) {
    const key = `${f.source}\u0000${f.licence}\u0000${f.pack} ${f.packVersion}`;
    let g = by.get(key);
    if (!g) by.set(key, (g = { source: f.source, licence: f.licence, pack: `${f.pack} ${f.packVersion}`, years: new Set(), factors: [] }));
    g.years.add(f.year);
    g.factors.push(f);
  }
  return [...by.values()];
}

// A reference inside a source (`…model.json#acv . smartphone . durée de vie`) is written once per source
// up to its `#`, then each factor gives only what follows.
function commonBase(urls: readonly (string | undefined)[]): string | undefined {
  // One reference for the whole source: written once.
  const distinct = new Set(urls);
  const [single] = distinct;
  if (distinct.size === 1 && single !== undefined && !single.includes("#")) return single;
  const bases = new Set(urls.map((u) => (u && u.includes("#") ? u.slice(0, u.indexOf("#") + 1) : u)));
  const [only] = bases;
  return bases.size === 1 && only && only.endsWith("#") ? only : undefined;
}

/** The annex `sources`: data files, and the factors with their sources, licences and packs. */
export function sourcesSection(lines: readonly IndicatorLine[], factors: readonly FactorCitation[], lang: Lang): Section {
  const blocks: Block[] = [];
  const files = new Map<string, { records: number; indicators: string[] }>();
  for (const l of lines) {
    for (const d of l.donnees) {
      const f = files.get(d.fichier) ?? { records: 0, indicators: [] };
      f.records = Math.max(f.records, d.enregistrements);
      f.indicators.push(l.libelle);
      files.set(d.fichier, f);
    }
  }
  if (files.size > 0) {
    blocks.push({
      kind: "p",
      text:
        tr(
          lang,
          "Fichiers de données du dossier de la collectivité, lus pour calculer les indicateurs de l'année\u00A0: ",
          "Data files of the authority's folder, read to compute the year's indicators: ",
        ) +
        [...files]
          .map(([file, f]) => `${file}, ${countOf(f.records, RECORD, lang)} (${f.indicators.join(semicolon(lang))})`)
          .join(semicolon(lang)) +
        ".",
    });
  }
  const gs = groups(factors);
  if (gs.length > 0) {
    blocks.push({
      kind: "table",
      caption: tr(lang, "Sources des facteurs d'impact", "Sources of the impact factors"),
      columns: [
        { label: tr(lang, "Source", "Source") },
        { label: tr(lang, "Licence", "Licence") },
        { label: tr(lang, "Jeu de facteurs, année", "Factor pack, year") },
      ],
      rows: gs.map((g, i) => ({
        header: `[${i + 1}] ${packNote(g.source, lang)}`,
        cells: [packNote(g.licence, lang), `${g.pack}, ${[...g.years].sort().join(", ")}`],
      })),
    });
    gs.forEach((g, i) => {
      const base = commonBase(g.factors.map((f) => f.sourceUrl));
      const value = (f: FactorCitation) => `${f.id} = ${exact(f.value, lang)} ${unitLabel(f.unit, lang)}`;
      const ref = (f: FactorCitation) =>
        !f.sourceUrl || f.sourceUrl === base ? "" : ` (${base ? "#" + f.sourceUrl.slice(base.length) : f.sourceUrl})`;
      // A few whole references (no #) shared by several factors: each written once, its factors after it.
      const urls = [...new Set(g.factors.map((f) => f.sourceUrl))];
      const byReference =
        !base && urls.length <= 3 && urls.every((u) => u !== undefined && !u.includes("#")) && urls.length < g.factors.length;
      const list = byReference
        ? urls
            .map(
              (u) =>
                `${tr(lang, "référence", "reference")} ${u}${colon(lang)}${g.factors
                  .filter((f) => f.sourceUrl === u)
                  .map(value)
                  .join(", ")}`,
            )
            .join(semicolon(lang))
        : g.factors.map((f) => value(f) + ref(f)).join(semicolon(lang));
      blocks.push({
        kind: "p",
        text:
          `[${i + 1}] ${countOf(g.factors.length, FACTOR, lang)}` +
          (base ? ` (${tr(lang, "référence", "reference")} ${base.endsWith("#") ? base.slice(0, -1) : base})` : "") +
          colon(lang) +
          list +
          ".",
      });
    });
  }
  if (blocks.length === 0)
    blocks.push({ kind: "p", text: tr(lang, "Aucune source de données ni facteur cité.", "No data source or factor cited.") });
  return {
    id: "sources",
    title: tr(lang, "Annexe\u00A0: sources des données et des facteurs", "Annex: sources of the data and factors"),
    blocks,
  };
}
