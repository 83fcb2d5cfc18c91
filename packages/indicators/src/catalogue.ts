import { definedProps, type Message } from "@nrs/core";
import type { AxeCode } from "@nrs/model";
import type { Aggregation, Direction, IndicatorDefinition, IndicatorSource } from "./indicator-definition.js";
import { TERRITORY_INDICATORS } from "./territory-catalogue.js";

const SNR_URL = "https://ecoresponsable.numerique.gouv.fr/publications/strategie-numerique-responsable-des-collectivites/";
const BP_URL = "https://ecoresponsable.numerique.gouv.fr/publications/bonnes-pratiques/";

function snr(objective: number): IndicatorSource {
  return {
    id: "MINUMECO-SNR-2023",
    citation: `MiNumEco / Les Interconnectés, « Stratégie numérique responsable des collectivités : traduction opérationnelle » (2023), objectif ${objective}`,
    url: SNR_URL,
  };
}
function bp(practice: string): IndicatorSource {
  return {
    id: "MINUMECO-BP-2023",
    citation: `MiNumEco, Guide de bonnes pratiques numérique responsable pour les organisations v1 (2023), pratique ${practice}`,
    url: BP_URL,
    practice,
  };
}
const AGEC: IndicatorSource = {
  id: "AGEC-58",
  citation: "Loi n° 2020-105 (AGEC) art. 58 ; décret n° 2021-254 (recast by décret n° 2024-134)",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043231546",
};
const D2023_266: IndicatorSource = {
  id: "DECRET-2023-266",
  citation: "Décret n° 2023-266 du 12 avril 2023, art. 3 (résultat = A / B × 100)",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047439327",
};
const RGESN: IndicatorSource = {
  id: "RGESN-2024",
  citation: "RGESN 2024 (Arcep, Arcom, ADEME), score d'avancement p. 8",
  url: "https://ecoresponsable.numerique.gouv.fr/publications/referentiel-general-ecoconception/",
};
const RGAA: IndicatorSource = {
  id: "RGAA-4.1",
  citation: "RGAA 4.1, obligations (taux et état de conformité)",
  url: "https://accessibilite.numerique.gouv.fr/obligations/",
};
const ANCT: IndicatorSource = {
  id: "ANCT",
  citation: "ANCT, boîte à outils nationale pour une feuille de route numérique responsable (indicateurs environnementaux)",
  url: "https://labase.anct.gouv.fr/base/433?tab=collections&collection=199",
};
const INR: IndicatorSource = {
  id: "INR",
  citation: "Les Interconnectés / INR, outil d'auto-évaluation de l'impact environnemental du numérique (kg CO2e par agent)",
  url: "https://www.interconnectes.com/guide-outilsnr/",
};
const NRS: IndicatorSource = { id: "NRS", citation: "@nrs/indicators (derived from the sources above)" };

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

function def<const C extends string>(r: Row<C>): IndicatorDefinition<C> {
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

const m = (fr: string, en: string): Message => ({ fr, en });
const STAGE = m(
  "étape du cycle de vie (fabrication, distribution, utilisation, fin-de-vie)",
  "lifecycle stage (fabrication, distribution, utilisation, fin-de-vie)",
);
const TYPE = m("type d'équipement (codes de l'inventaire)", "equipment type (inventory codes)");

// The rows, in the order of the axes; `catalogue` below is their public, typed view.
const CATALOGUE = Object.freeze([
  // Footprint (transversal, RCP SI / INR / MiNumEco c.2)
  def({
    code: "empreinte-carbone-totale",
    fr: "Empreinte carbone du numérique de l'administration",
    en: "Carbon footprint of the administration's digital equipment and services",
    unit: "kgCO2e",
    direction: "BAISSE",
    axis: "AUTRE",
    sources: [bp("c.2"), INR],
    aggregation: "sum",
    computation: "computed",
    method: m(
      "Somme des impacts GES (fabrication amortie, distribution, utilisation, fin de vie) de l'inventaire et de l'hébergement calculés par @nrs/footprint",
      "Sum of the GHG impacts (amortised fabrication, distribution, use, end of life) of the inventory and hosting computed by @nrs/footprint",
    ),
    breakdownBy: STAGE,
  }),
  def({
    code: "empreinte-carbone-par-agent",
    fr: "Empreinte carbone du numérique de l'administration par agent",
    en: "Carbon footprint of the administration's digital equipment per employee",
    unit: "kgCO2e/agent",
    direction: "BAISSE",
    axis: "AUTRE",
    sources: [bp("c.2"), INR],
    aggregation: "ratio",
    computation: "computed",
    method: m("Empreinte annuelle (kgCO2e) / agents (ETP)", "Annual footprint (kgCO2e) / employees (FTE)"),
    breakdownBy: STAGE,
  }),
  def({
    code: "empreinte-carbone-par-habitant",
    fr: "Empreinte carbone du numérique de l'administration par habitant",
    en: "Carbon footprint of the administration's digital equipment per inhabitant",
    unit: "kgCO2e/habitant",
    direction: "BAISSE",
    axis: "AUTRE",
    sources: [NRS],
    aggregation: "ratio",
    computation: "computed",
    method: m("Empreinte annuelle (kgCO2e) / population", "Annual footprint (kgCO2e) / population"),
    breakdownBy: STAGE,
  }),
  // Axis 1 — commande publique
  def({
    code: "part-achats-reemploi",
    fr: "Part des dépenses d'achat de matériel informatique et de téléphonie issu du réemploi ou de la réutilisation",
    en: "Share of IT and phone purchase spending from reuse or re-use",
    unit: "%",
    direction: "HAUSSE",
    axis: "COMMANDE_PUBLIQUE",
    sources: [snr(1), AGEC, bp("e.1")],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    method: m(
      "Montant HT issu du réemploi ou de la réutilisation (dons compris) / montant HT total, catégorie « informatique-telephonie », comparé au seuil AGEC (20 % par défaut)",
      'Amount excl. VAT from reuse or re-use (donations included) / total amount excl. VAT, category "informatique-telephonie", against the AGEC threshold (20 % by default)',
    ),
    breakdownBy: m("catégorie AGEC, chacune avec son seuil", "AGEC category, each with its threshold"),
  }),
  def({
    code: "part-marches-clauses-environnementales",
    fr: "Part des marchés numériques comportant une clause environnementale",
    en: "Share of digital contracts with an environmental clause",
    unit: "%",
    direction: "HAUSSE",
    axis: "COMMANDE_PUBLIQUE",
    sources: [snr(1)],
    aggregation: "ratio",
    computation: "collected",
    multiplier: 100,
    method: m(
      "Marchés notifiés dans l'année avec clause sociale et environnementale / marchés notifiés (saisie)",
      "Contracts awarded in the year with a social and environmental clause / contracts awarded (entered)",
    ),
  }),
  def({
    code: "part-achats-clauses-montant",
    fr: "Part des achats intégrant une clause sociale et environnementale, en montant",
    en: "Share of purchase spending with a social and environmental clause",
    unit: "%",
    direction: "HAUSSE",
    axis: "COMMANDE_PUBLIQUE",
    sources: [snr(1)],
    aggregation: "ratio",
    computation: "collected",
    multiplier: 100,
    method: m("Montant des achats avec clause / montant des achats (saisie)", "Spending with a clause / spending (entered)"),
  }),
  def({
    code: "nombre-clauses-achat-responsable",
    fr: "Nombre de clauses sociales et environnementales dans les marchés",
    en: "Number of social and environmental clauses in contracts",
    unit: "clauses",
    direction: "HAUSSE",
    axis: "COMMANDE_PUBLIQUE",
    sources: [snr(1)],
    aggregation: "sum",
    computation: "collected",
    method: m("Décompte (saisie)", "Count (entered)"),
  }),
  // Axis 2 — cycle de vie du matériel
  def({
    code: "equipements-par-agent",
    fr: "Équipements par agent",
    en: "Devices per employee",
    unit: "équipements/agent",
    direction: "BAISSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [bp("f.1"), bp("d.1")],
    aggregation: "ratio",
    computation: "computed",
    nature: "STOCK",
    method: m(
      "Équipements en service au 31 décembre (inventaire) / agents (ETP)",
      "Devices in service on 31 December (inventory) / employees (FTE)",
    ),
    breakdownBy: TYPE,
  }),
  def({
    code: "duree-vie-moyenne-equipements",
    fr: "Durée de vie moyenne des équipements par type",
    en: "Average lifetime of devices by type",
    unit: "années",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [snr(2), bp("d.2"), bp("f.1")],
    aggregation: "weightedMean",
    computation: "computed",
    method: m(
      "Moyenne, pondérée par les quantités, de l'âge à la réforme des équipements réformés dans l'année",
      "Quantity-weighted mean age at retirement of the devices retired in the year",
    ),
    breakdownBy: TYPE,
  }),
  def({
    code: "duree-usage-postes",
    fr: "Durée d'usage moyenne des postes de travail réformés",
    en: "Average service life of retired workstations",
    unit: "années",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [snr(2), bp("d.3")],
    aggregation: "weightedMean",
    computation: "computed",
    method: m(
      "Moyenne de l'âge à la réforme des ordinateurs portables et fixes réformés dans l'année",
      "Mean age at retirement of the laptops and desktops retired in the year",
    ),
  }),
  def({
    code: "taux-reemploi-reforme",
    fr: "Part du matériel informatique réformé orienté vers le réemploi ou la réutilisation",
    en: "Share of retired IT equipment sent to reuse or re-use",
    unit: "%",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [D2023_266, bp("i.2"), bp("i.3")],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    method: m(
      "A / B × 100 : A = biens orientés vers le réemploi ou la réutilisation (cession, vente, don avec engagement de réemploi) dans l'année ; B = biens réformés en stock au 1er janvier ; hors biens de plus de 10 ans et biens classifiés ; cible 25 % (2023), 35 % (2024), 50 % (dès 2025)",
      "A / B × 100: A = items sent to reuse or re-use (transfer, sale, gift with a reuse commitment) during the year; B = retired items in stock on 1 January; excluding items over 10 years old and classified items; target 25 % (2023), 35 % (2024), 50 % (from 2025)",
    ),
  }),
  def({
    code: "biens-reformes-stock",
    fr: "Biens informatiques réformés en stock au 1er janvier",
    en: "Retired IT items in stock on 1 January",
    unit: "équipements",
    direction: "BAISSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [bp("i.2"), D2023_266],
    aggregation: "sum",
    computation: "computed",
    nature: "STOCK",
    method: m(
      "B du décret n° 2023-266 : biens réformés avant le 1er janvier et non sortis à cette date (hors plus de 10 ans et classifiés)",
      "B of décret 2023-266: items retired before 1 January and still there on that date (excluding over 10 years and classified)",
    ),
  }),
  def({
    code: "biens-orientes-reemploi",
    fr: "Biens informatiques orientés vers le réemploi ou la réutilisation",
    en: "IT items sent to reuse or re-use",
    unit: "équipements",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [bp("i.2"), D2023_266],
    aggregation: "sum",
    computation: "computed",
    method: m(
      "A du décret n° 2023-266 : biens cédés, vendus ou donnés dans l'année avec engagement de réemploi",
      "A of décret 2023-266: items transferred, sold or given in the year with a reuse commitment",
    ),
  }),
  def({
    code: "poids-deee",
    fr: "Poids des DEEE sur l'année",
    en: "Weight of WEEE in the year",
    unit: "kg",
    direction: "BAISSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [bp("i.4")],
    aggregation: "sum",
    computation: "computed",
    method: m(
      "Somme des poids des biens sortis dans l'année vers une filière DEEE (recyclage)",
      "Sum of the weights of the items that left in the year to a WEEE channel (recycling)",
    ),
  }),
  def({
    code: "poids-deee-par-agent",
    fr: "Poids des DEEE par agent",
    en: "Weight of WEEE per employee",
    unit: "kg/agent",
    direction: "BAISSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [ANCT, bp("i.4")],
    aggregation: "ratio",
    computation: "computed",
    method: m("Poids des DEEE de l'année (kg) / agents (ETP)", "Weight of the year's WEEE (kg) / employees (FTE)"),
  }),
  def({
    code: "dons-materiel-externe",
    fr: "Nombre de dons de matériels en externe",
    en: "Number of devices donated externally",
    unit: "équipements",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [snr(2)],
    aggregation: "sum",
    computation: "computed",
    method: m("Quantités sorties dans l'année avec la destination « don »", "Quantities that left in the year as a gift"),
  }),
  def({
    code: "part-deee-eco-organismes",
    fr: "Part des DEEE confiés à des éco-organismes ou partenaires locaux",
    en: "Share of WEEE handed to producer schemes or local partners",
    unit: "%",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [snr(2), bp("i.4")],
    aggregation: "ratio",
    computation: "collected",
    multiplier: 100,
    method: m(
      "Poids confié aux éco-organismes agréés et partenaires locaux / poids total des DEEE (saisie)",
      "Weight handed to approved schemes and local partners / total WEEE weight (entered)",
    ),
  }),
  def({
    code: "equipements-repares",
    fr: "Équipements réparés dans l'année",
    en: "Devices repaired in the year",
    unit: "équipements",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [snr(2), bp("b.3")],
    aggregation: "sum",
    computation: "collected",
    method: m(
      "Équipements réparés en interne ou par un partenaire local, par type (saisie)",
      "Devices repaired in-house or by a local partner, by type (entered)",
    ),
  }),
  def({
    code: "reemploi-interne",
    fr: "Nombre d'équipements réemployés en interne",
    en: "Number of devices re-used internally",
    unit: "équipements",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [snr(2), bp("d.3")],
    aggregation: "sum",
    computation: "collected",
    method: m("Décompte (saisie)", "Count (entered)"),
  }),
  def({
    code: "organismes-reparation",
    fr: "Organismes de réparation d'équipements numériques sur le territoire",
    en: "Digital repair organisations in the territory",
    unit: "organismes",
    direction: "HAUSSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [snr(2)],
    aggregation: "sum",
    computation: "collected",
    nature: "STOCK",
    method: m("Décompte, dont labellisés QualiRépar (saisie)", "Count, of which QualiRépar-labelled (entered)"),
  }),
  def({
    code: "pages-imprimees-par-agent",
    fr: "Pages imprimées par agent",
    en: "Pages printed per employee",
    unit: "pages/agent",
    direction: "BAISSE",
    axis: "CYCLE_DE_VIE_MATERIEL",
    sources: [bp("f.7")],
    aggregation: "ratio",
    computation: "computed",
    method: m(
      "Pages imprimées dans l'année (impressions.csv) / agents (ETP)",
      "Pages printed in the year (impressions.csv) / employees (FTE)",
    ),
  }),
  // Axis 3 — écoconception
  def({
    code: "score-rgesn-moyen",
    fr: "Score RGESN moyen des services numériques évalués",
    en: "Average RGESN score of the digital services assessed",
    unit: "score /100",
    direction: "HAUSSE",
    axis: "ECOCONCEPTION",
    sources: [snr(3), RGESN, bp("g.3")],
    aggregation: "weightedMean",
    computation: "computed",
    method: m(
      "Moyenne des scores d'avancement RGESN 2024 (formule officielle) de la dernière évaluation de l'année de chaque service",
      "Mean of the RGESN 2024 progress scores (official formula) of each service's latest evaluation in the year",
    ),
    breakdownBy: m("service numérique", "digital service"),
  }),
  def({
    code: "score-rgesn-thematique",
    fr: "Score RGESN par thématique",
    en: "RGESN score by thematic",
    unit: "score /100",
    direction: "HAUSSE",
    axis: "ECOCONCEPTION",
    sources: [RGESN],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    method: m(
      "Poids des critères validés / poids des critères applicables × 100, tous services évalués confondus",
      "Weight of validated criteria / weight of applicable criteria × 100, all assessed services pooled",
    ),
    breakdownBy: m("thématique RGESN (1 à 9)", "RGESN thematic (1 to 9)"),
  }),
  def({
    code: "part-serveurs-virtualises",
    fr: "Part des serveurs virtualisés",
    en: "Share of virtualised servers",
    unit: "%",
    direction: "HAUSSE",
    axis: "ECOCONCEPTION",
    sources: [bp("h.4")],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    nature: "STOCK",
    method: m(
      "Serveurs virtuels / (serveurs virtuels + serveurs physiques hors hyperviseurs) au 31 décembre",
      "Virtual servers / (virtual servers + physical servers other than hypervisors) on 31 December",
    ),
  }),
  def({
    code: "pue",
    fr: "Indicateur d'efficacité énergétique (PUE) de l'hébergement",
    en: "Power usage effectiveness (PUE) of the hosting",
    unit: "ratio",
    direction: "BAISSE",
    axis: "ECOCONCEPTION",
    sources: [snr(3), ANCT, bp("h.7")],
    aggregation: "weightedMean",
    computation: "computed",
    method: m(
      "Σ (consommation informatique × PUE) / Σ consommation informatique, sur les serveurs et contrats d'hébergement dont la consommation et le PUE sont connus",
      "Σ (IT energy × PUE) / Σ IT energy over the servers and hosting contracts whose energy and PUE are known",
    ),
  }),
  def({
    code: "ecoindex-moyen",
    fr: "EcoIndex moyen des pages mesurées",
    en: "Average EcoIndex of the pages measured",
    unit: "score /100",
    direction: "HAUSSE",
    axis: "ECOCONCEPTION",
    sources: [NRS],
    aggregation: "weightedMean",
    computation: "computed",
    method: m(
      "Moyenne des scores EcoIndex de la dernière mesure de l'année de chaque page",
      "Mean of the EcoIndex scores of each page's latest measurement in the year",
    ),
    breakdownBy: m("note EcoIndex A à G (nombre de pages)", "EcoIndex grade A to G (number of pages)"),
  }),
  def({
    code: "part-agents-formes-ecoconception",
    fr: "Part des agents concernés formés à l'écoconception",
    en: "Share of the staff concerned trained in eco-design",
    unit: "%",
    direction: "HAUSSE",
    axis: "ECOCONCEPTION",
    sources: [snr(3), bp("g.3")],
    aggregation: "ratio",
    computation: "collected",
    multiplier: 100,
    method: m(
      "Agents des directions du numérique et de la communication formés / agents de ces directions (saisie)",
      "Digital and communication staff trained / staff of those departments (entered)",
    ),
  }),
  def({
    code: "wue",
    fr: "Efficacité de l'usage de l'eau (WUE) de l'hébergement",
    en: "Water usage effectiveness (WUE) of the hosting",
    unit: "L/kWh",
    direction: "BAISSE",
    axis: "ECOCONCEPTION",
    sources: [snr(3), bp("h.7")],
    aggregation: "weightedMean",
    computation: "collected",
    method: m(
      "Eau consommée / énergie informatique, donné par l'hébergeur (saisie)",
      "Water consumed / IT energy, from the hosting provider (entered)",
    ),
  }),
  def({
    code: "projets-ecoconception",
    fr: "Nombre de projets avec une démarche d'écoconception",
    en: "Number of projects with an eco-design approach",
    unit: "projets",
    direction: "HAUSSE",
    axis: "ECOCONCEPTION",
    sources: [snr(3), bp("g.3")],
    aggregation: "sum",
    computation: "collected",
    method: m("Décompte (saisie)", "Count (entered)"),
  }),
  def({
    code: "economie-energie-infrastructures",
    fr: "Économie de consommation énergétique après optimisation des infrastructures",
    en: "Energy saved after optimising the infrastructure",
    unit: "%",
    direction: "HAUSSE",
    axis: "ECOCONCEPTION",
    sources: [snr(3)],
    aggregation: "none",
    computation: "collected",
    method: m("(avant − après) / avant × 100 (saisie)", "(before − after) / before × 100 (entered)"),
  }),
  // Axis 4 — sensibilisation élus et agents
  def({
    code: "agents-formes",
    fr: "Agents formés ou sensibilisés au numérique responsable",
    en: "Employees trained in or made aware of responsible digital practices",
    unit: "agents",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_ELUS_AGENTS",
    sources: [snr(4), bp("b.1"), bp("b.2")],
    aggregation: "sum",
    computation: "computed",
    method: m(
      "Somme des participants agents des formations et ateliers de l'année",
      "Sum of the employee participants of the year's trainings and workshops",
    ),
  }),
  def({
    code: "part-agents-formes",
    fr: "Part des agents formés ou sensibilisés au numérique responsable",
    en: "Share of staff trained in or made aware of responsible digital practices",
    unit: "%",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_ELUS_AGENTS",
    sources: [bp("b.1"), bp("b.2")],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    method: m(
      "Agents formés ou sensibilisés dans l'année / agents (ETP) × 100",
      "Employees trained or made aware in the year / employees (FTE) × 100",
    ),
  }),
  def({
    code: "elus-sensibilises",
    fr: "Élus sensibilisés",
    en: "Elected officials made aware",
    unit: "personnes",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_ELUS_AGENTS",
    sources: [snr(4)],
    aggregation: "sum",
    computation: "computed",
    method: m("Somme des participants élus des événements de l'année", "Sum of the elected-official participants of the year's events"),
  }),
  def({
    code: "ateliers-realises",
    fr: "Ateliers et formations réalisés pour les élus et agents",
    en: "Workshops and trainings held for elected officials and staff",
    unit: "ateliers",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_ELUS_AGENTS",
    sources: [snr(4)],
    aggregation: "sum",
    computation: "computed",
    method: m(
      "Nombre d'événements de l'année destinés aux agents ou aux élus",
      "Number of the year's events for employees or elected officials",
    ),
  }),
  def({
    code: "actions-sensibilisation-internes",
    fr: "Actions de sensibilisation internes réalisées (feuille de route, groupes de travail, fiches…)",
    en: "Internal awareness actions carried out (roadmap, working groups, guides…)",
    unit: "actions",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_ELUS_AGENTS",
    sources: [snr(4)],
    aggregation: "sum",
    computation: "collected",
    method: m("Décompte (saisie)", "Count (entered)"),
  }),
  // Axis 5 — citoyens et inclusion
  def({
    code: "personnes-sensibilisees",
    fr: "Habitants touchés par les actions de sensibilisation",
    en: "Residents reached by awareness actions",
    unit: "personnes",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_CITOYENS_INCLUSION",
    sources: [snr(5)],
    aggregation: "sum",
    computation: "computed",
    method: m(
      "Somme des participants habitants des événements de l'année (estimations signalées)",
      "Sum of the resident participants of the year's events (estimates flagged)",
    ),
  }),
  def({
    code: "campagnes-citoyens",
    fr: "Campagnes, ateliers et conférences pour les habitants",
    en: "Campaigns, workshops and talks for residents",
    unit: "actions",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_CITOYENS_INCLUSION",
    sources: [snr(5)],
    aggregation: "sum",
    computation: "computed",
    method: m("Nombre d'événements de l'année destinés aux habitants", "Number of the year's events for residents"),
  }),
  def({
    code: "taux-conformite-rgaa",
    fr: "Taux de conformité RGAA des services numériques audités",
    en: "RGAA conformity rate of the digital services audited",
    unit: "%",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_CITOYENS_INCLUSION",
    sources: [RGAA, bp("a.7")],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    nature: "STOCK",
    method: m(
      "Critères conformes / critères applicables × 100 au dernier audit de moins de 3 ans de chaque service (tous services confondus)",
      "Compliant criteria / applicable criteria × 100 at each service's latest audit less than 3 years old (all services pooled)",
    ),
    breakdownBy: m("service numérique (avec son état de conformité)", "digital service (with its conformity state)"),
  }),
  def({
    code: "part-services-accessibles",
    fr: "Part des services numériques au moins partiellement conformes au RGAA",
    en: "Share of digital services at least partially RGAA-compliant",
    unit: "%",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_CITOYENS_INCLUSION",
    sources: [bp("a.7"), RGAA],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    nature: "STOCK",
    method: m(
      "Services en conformité totale ou partielle (≥ 50 %) / services audités × 100",
      "Services fully or partially compliant (≥ 50 %) / services audited × 100",
    ),
    breakdownBy: m(
      "état de conformité (totale, partielle, non-conforme) : nombre de services",
      "conformity state (totale, partielle, non-conforme): number of services",
    ),
  }),
  def({
    code: "lieux-mediation-numerique",
    fr: "Lieux de médiation numérique ouverts sur le territoire",
    en: "Digital inclusion venues open in the territory",
    unit: "lieux",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_CITOYENS_INCLUSION",
    sources: [NRS],
    aggregation: "sum",
    computation: "collected",
    nature: "STOCK",
    method: m(
      "Lieux ouverts au 31 décembre (schéma lieux-mediation-numerique)",
      "Venues open on 31 December (lieux-mediation-numerique schema)",
    ),
  }),
  def({
    code: "acteurs-impliques",
    fr: "Acteurs impliqués dans la sensibilisation",
    en: "Actors involved in awareness actions",
    unit: "acteurs",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_CITOYENS_INCLUSION",
    sources: [snr(5)],
    aggregation: "sum",
    computation: "collected",
    method: m("Décompte par typologie (saisie)", "Count by type (entered)"),
  }),
  def({
    code: "personnes-certifiees",
    fr: "Personnes certifiées (Pix…)",
    en: "People certified (Pix…)",
    unit: "personnes",
    direction: "HAUSSE",
    axis: "SENSIBILISATION_CITOYENS_INCLUSION",
    sources: [snr(5)],
    aggregation: "sum",
    computation: "collected",
    method: m("Décompte (saisie)", "Count (entered)"),
  }),
  // Axis 6 — territoire connecté et données
  def({
    code: "part-donnees-schema",
    fr: "Part des jeux de données publiés conformes à un schéma national",
    en: "Share of published datasets conforming to a national schema",
    unit: "%",
    direction: "HAUSSE",
    axis: "TERRITOIRE_CONNECTE_DONNEES",
    sources: [bp("f.4")],
    aggregation: "ratio",
    computation: "computed",
    multiplier: 100,
    nature: "STOCK",
    method: m(
      "Jeux publiés au 31 décembre associés à un schéma national (schema.data.gouv.fr) / jeux publiés × 100",
      "Datasets published on 31 December with a national schema (schema.data.gouv.fr) / datasets published × 100",
    ),
  }),
  def({
    code: "objets-connectes",
    fr: "Objets connectés déployés",
    en: "Connected objects deployed",
    unit: "objets",
    direction: "BAISSE",
    axis: "TERRITOIRE_CONNECTE_DONNEES",
    sources: [snr(6)],
    aggregation: "sum",
    computation: "collected",
    nature: "STOCK",
    method: m("Décompte (saisie)", "Count (entered)"),
  }),
  def({
    code: "part-capteurs-mutualises",
    fr: "Part des capteurs connectés mutualisés entre services",
    en: "Share of connected sensors shared between services",
    unit: "%",
    direction: "HAUSSE",
    axis: "TERRITOIRE_CONNECTE_DONNEES",
    sources: [snr(6)],
    aggregation: "ratio",
    computation: "collected",
    multiplier: 100,
    nature: "STOCK",
    method: m(
      "Capteurs utilisés par au moins deux services / capteurs déployés (saisie)",
      "Sensors used by at least two services / sensors deployed (entered)",
    ),
  }),
  def({
    code: "gains-gestion-politiques-publiques",
    fr: "Énergie économisée par les services connectés du territoire",
    en: "Energy saved by the territory's connected services",
    unit: "MWh",
    direction: "HAUSSE",
    axis: "TERRITOIRE_CONNECTE_DONNEES",
    sources: [snr(6)],
    aggregation: "sum",
    computation: "collected",
    method: m(
      "Gains mesurés des projets de territoire connecté (saisie)",
      "Measured savings of the connected-territory projects (entered)",
    ),
  }),
  // Governance
  def({
    code: "referent-nr",
    fr: "Présence d'un référent numérique responsable",
    en: "A responsible-digital lead is appointed",
    unit: "oui/non",
    direction: "HAUSSE",
    axis: "AUTRE",
    sources: [bp("a.1")],
    aggregation: "none",
    computation: "collected",
    nature: "STOCK",
    method: m("Oui (1) / non (0) (saisie)", "Yes (1) / no (0) (entered)"),
  }),
  def({
    code: "plan-action-valide",
    fr: "Plan d'action numérique responsable validé et communiqué",
    en: "Responsible-digital action plan approved and communicated",
    unit: "oui/non",
    direction: "HAUSSE",
    axis: "AUTRE",
    sources: [bp("a.2")],
    aggregation: "none",
    computation: "collected",
    nature: "STOCK",
    method: m("Oui (1) / non (0) (saisie)", "Yes (1) / no (0) (entered)"),
  }),
  def({
    code: "mwh-economises",
    fr: "Énergie économisée",
    en: "Energy saved",
    unit: "MWh",
    direction: "HAUSSE",
    axis: "AUTRE",
    sources: [bp("f.8")],
    aggregation: "sum",
    computation: "collected",
    method: m("Saisie", "Entered"),
  }),
  ...TERRITORY_INDICATORS,
]);

/**
 * The code of an indicator of the {@link catalogue}, as a union of string literals: a code that is not
 * in the catalogue (a typo) does not compile. Adding a row to the catalogue adds its code here.
 *
 * @example
 * ```ts
 * import { isIndicatorCode, type IndicatorCode } from "@nrs/indicators";
 * const code: IndicatorCode = "pue";
 * console.log(code, isIndicatorCode("pue"), isIndicatorCode("peu")); // pue true false
 * ```
 */
export type IndicatorCode = (typeof CATALOGUE)[number]["code"];

/**
 * The indicator catalogue: the example indicators of the MiNumEco / Interconnectés operational
 * translation of décret 2022-1084 (2023, six objectives), the steering indicators of the MiNumEco
 * good-practice guide those objectives use, and the statutory ratios (AGEC art. 58, décret
 * 2023-266), each with a stable code, French and English labels, unit, direction, periodicity, axis,
 * sources, aggregation, and whether {@link computeIndicators} computes it or it is collected by hand.
 * The codes are those of `/work/plan/indicator-codes.md` and of the example strategy.
 *
 * @example
 * ```ts
 * import { catalogue } from "@nrs/indicators";
 * const computed = catalogue.filter((d) => d.computation === "computed");
 * console.log(catalogue.length, computed.length);
 * console.log(catalogue.find((d) => d.code === "pue")?.label.en); // Power usage effectiveness (PUE) of the hosting
 * ```
 */
export const catalogue: readonly IndicatorDefinition<IndicatorCode>[] = CATALOGUE;

const BY_CODE: ReadonlyMap<string, IndicatorDefinition<IndicatorCode>> = new Map(catalogue.map((d) => [d.code, d]));

/**
 * Whether a string is the code of an indicator of the {@link catalogue}.
 *
 * @example
 * ```ts
 * import { isIndicatorCode } from "@nrs/indicators";
 * console.log(isIndicatorCode("taux-reemploi-reforme"), isIndicatorCode("taux-reemploi")); // true false
 * ```
 */
export function isIndicatorCode(code: string): code is IndicatorCode {
  return BY_CODE.has(code);
}

/**
 * The catalogue entry of a code, or `undefined`.
 *
 * @example
 * ```ts
 * import { indicatorDefinition } from "@nrs/indicators";
 * console.log(indicatorDefinition("part-achats-reemploi")?.label.fr);
 * ```
 */
export function indicatorDefinition(code: string): IndicatorDefinition<IndicatorCode> | undefined {
  return BY_CODE.get(code);
}
