import type { Lang } from "@nrs/core";
import type { Block, Section } from "./document.js";
import { formatDate } from "./format-date.js";
import { formatNumber } from "./format-number.js";
import { tr } from "./compose-common.js";
import { num } from "./published-number.js";
import type { Provenance } from "./provenance.js";
import type { DocumentEcoIndex } from "./report-ecoindex.js";

// The size is written with a fixed number of decimals so that the sentence keeps its length from one
// round to the next; otherwise "27,4" and "27,43" can chase each other forever.
export function ecoIndexText(e: DocumentEcoIndex, lang: Lang): string {
  return tr(
    lang,
    `EcoIndex de ce document\u00A0: ${e.result.score.toString()}/100, note ${e.result.grade} (${num(e.dom, lang)} éléments, 1 requête, ${formatNumber(e.sizeKb, lang, { decimals: 2 })} Kio\u00A0; méthode EcoIndex, calculé avec @nrs/footprint).`,
    `EcoIndex of this document: ${e.result.score.toString()}/100, grade ${e.result.grade} (${num(e.dom, lang)} elements, 1 request, ${formatNumber(e.sizeKb, lang, { decimals: 2 })} KiB; EcoIndex method, computed with @nrs/footprint).`,
  );
}

export function methodologySection(provenance: Provenance, lang: Lang, ecoIndex: string | undefined): Section {
  const blocks: Block[] = [
    {
      kind: "p",
      text: tr(
        lang,
        "Chaque valeur d'indicateur cite sa source et sa qualité (mesurée, calculée ou estimée). L'empreinte est calculée par @nrs/footprint avec les facteurs cités en annexe\u00A0; une cellule qu'aucun facteur ne couvre est marquée « — », jamais comptée zéro.",
        'Every indicator value cites its source and quality (measured, computed or estimated). The footprint is computed by @nrs/footprint with the factors cited in the annex; a cell no factor covers is shown as "—", never counted as zero.',
      ),
    },
  ];
  const packs = provenance.factorPacks.map((p) => `${p.id} ${p.version}`).join(", ");
  const generated = provenance.generatedAt.length >= 10 ? formatDate(provenance.generatedAt, lang) : provenance.generatedAt;
  blocks.push({
    kind: "dl",
    items: [
      [tr(lang, "Logiciel", "Software"), `${provenance.sdk.name} ${provenance.sdk.version}`],
      [tr(lang, "Jeux de facteurs", "Factor packs"), packs || tr(lang, "aucun", "none")],
      [tr(lang, "Empreinte des données d'entrée", "Hash of the inputs"), provenance.inputHash],
      [tr(lang, "Date de génération", "Generated on"), generated],
    ],
  });
  if (ecoIndex) blocks.push({ kind: "p", text: ecoIndex });
  return { id: "methode", title: tr(lang, "Méthodologie et sources", "Methodology and sources"), blocks };
}
