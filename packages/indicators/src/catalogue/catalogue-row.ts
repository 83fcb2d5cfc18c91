import { definedProps, type Message } from "@nrs/core";
import type { AxeCode } from "@nrs/model";
import type { Aggregation, Direction, IndicatorDefinition, IndicatorSource } from "../indicator-definition.js";

// What the catalogue's rows are written with: their sources and a compact row form (periodicity annual, nature PERIODE by default).
const SNR_URL = "https://ecoresponsable.numerique.gouv.fr/publications/strategie-numerique-responsable-des-collectivites/";
const BP_URL = "https://ecoresponsable.numerique.gouv.fr/publications/bonnes-pratiques/";

export function snr(objective: number): IndicatorSource {
  return {
    id: "MINUMECO-SNR-2023",
    citation: `MiNumEco / Les Interconnectés, « Stratégie numérique responsable des collectivités : traduction opérationnelle » (2023), objectif ${objective}`,
    url: SNR_URL,
  };
}
export function bp(practice: string): IndicatorSource {
  return {
    id: "MINUMECO-BP-2023",
    citation: `MiNumEco, Guide de bonnes pratiques numérique responsable pour les organisations v1 (2023), pratique ${practice}`,
    url: BP_URL,
    practice,
  };
}
export const AGEC: IndicatorSource = {
  id: "AGEC-58",
  citation: "Loi n° 2020-105 (AGEC) art. 58 ; décret n° 2021-254 (recast by décret n° 2024-134)",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043231546",
};
export const D2023_266: IndicatorSource = {
  id: "DECRET-2023-266",
  citation: "Décret n° 2023-266 du 12 avril 2023, art. 3 (résultat = A / B × 100)",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047439327",
};
export const RGESN: IndicatorSource = {
  id: "RGESN-2024",
  citation: "RGESN 2024 (Arcep, Arcom, ADEME), score d'avancement p. 8",
  url: "https://ecoresponsable.numerique.gouv.fr/publications/referentiel-general-ecoconception/",
};
export const RGAA: IndicatorSource = {
  id: "RGAA-4.1",
  citation: "RGAA 4.1, obligations (taux et état de conformité)",
  url: "https://accessibilite.numerique.gouv.fr/obligations/",
};
export const ANCT: IndicatorSource = {
  id: "ANCT",
  citation: "ANCT, boîte à outils nationale pour une feuille de route numérique responsable (indicateurs environnementaux)",
  url: "https://labase.anct.gouv.fr/base/433?tab=collections&collection=199",
};
export const INR: IndicatorSource = {
  id: "INR",
  citation: "Les Interconnectés / INR, outil d'auto-évaluation de l'impact environnemental du numérique (kg CO2e par agent)",
  url: "https://www.interconnectes.com/guide-outilsnr/",
};
export const NRS: IndicatorSource = { id: "NRS", citation: "@nrs/indicators (derived from the sources above)" };

/** A catalogue row as written: labels flat, periodicity always annual. */
interface Row<C extends string> {
  code: C;
  fr: string;
  en: string;
  unit: string;
  direction: Direction;
  axis: AxeCode;
  sources: IndicatorSource[];
  aggregation: Aggregation;
  computation: "computed" | "collected";
  method: Message;
  nature?: "PERIODE" | "STOCK";
  multiplier?: number;
  breakdownBy?: Message;
}

export function def<const C extends string>(r: Row<C>): IndicatorDefinition<C> {
  const d: IndicatorDefinition<C> = {
    code: r.code,
    label: { fr: r.fr, en: r.en },
    unit: r.unit,
    direction: r.direction,
    periodicity: "annuelle",
    axis: r.axis,
    sources: r.sources,
    aggregation: r.aggregation,
    computation: r.computation,
    method: r.method,
    nature: r.nature ?? "PERIODE",
    ...definedProps({ multiplier: r.multiplier, breakdownBy: r.breakdownBy }),
  };
  return Object.freeze(d);
}

export const m = (fr: string, en: string): Message => ({ fr, en });
export const STAGE = m(
  "étape du cycle de vie (fabrication, distribution, utilisation, fin-de-vie)",
  "lifecycle stage (fabrication, distribution, utilisation, fin-de-vie)",
);
export const TYPE = m("type d'équipement (codes de l'inventaire)", "equipment type (inventory codes)");
