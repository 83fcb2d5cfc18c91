/**
 * The rows of `data/factors-fr.csv` added for the whole estate (see `pack-csv-rows.ts` for what an entry
 * says): ADEME's video projector, the European networks, network equipment, the feature phone, printing
 * paper, and ADEME devices used as stand-ins for types with no public factor of their own.
 */
import type { CsvRowMap } from "./pack-csv-read.js";
import { STUDY_YEAR } from "./pack-ademe-model.js";

const PROJECTOR = { fr: "Vidéoprojecteur", en: "Video projector" };
// ADEME's model names the video projector rules this way (acv-terminaux.publicodes, v2.2.0 on GitHub;
// the npm release the device rows come from, 2.1.0, predates them).
const projectorRule = (suffix: string) => `acv . videoprojecteur . ${suffix}`;

const SWITCH = { fr: "Commutateur réseau (switch)", en: "Network switch" };
const ROUTER = { fr: "Routeur", en: "Router" };
const FIREWALL = { fr: "Pare-feu", en: "Firewall" };
const FEATURE_PHONE = { fr: "Téléphone mobile basique", en: "Feature phone" };

/** The six rows of an ADEME device used as a stand-in for another type, read from factors-fr.csv. */
function proxyRows(slug: string, item: string, ademeRule: string, label: { fr: string; en: string }): Record<string, CsvRowMap> {
  const r = (suffix: string) => `acv . ${ademeRule} . ${suffix}`;
  return {
    [`proxy-${slug}-gwp-fab`]: {
      item,
      criterion: "gwp",
      stage: "manufacturing",
      unit: "kgCO2e/unit",
      year: STUDY_YEAR,
      geography: "FR",
      rule: r("carbone . fabrication"),
      label,
    },
    [`proxy-${slug}-gwp-dist`]: {
      item,
      criterion: "gwp",
      stage: "distribution",
      unit: "kgCO2e/unit",
      year: STUDY_YEAR,
      rule: r("carbone . distribution"),
      label,
    },
    [`proxy-${slug}-gwp-eol`]: {
      item,
      criterion: "gwp",
      stage: "endOfLife",
      unit: "kgCO2e/unit",
      year: STUDY_YEAR,
      rule: r("carbone . fin de vie"),
      label,
    },
    [`proxy-${slug}-lifespan`]: { item, criterion: "lifetime", unit: "year", year: STUDY_YEAR, rule: r("durée de vie théorique"), label },
    [`proxy-${slug}-power-active`]: { item, criterion: "power", unit: "W", year: STUDY_YEAR, rule: r("consommation en mode actif"), label },
    [`proxy-${slug}-use-hours`]: {
      item,
      criterion: "hoursPerDay",
      unit: "h/day",
      year: STUDY_YEAR,
      rule: r("profil utilisation théorique"),
      label,
    },
  };
}

/** The estate's rows of factors-fr.csv, by id. */
export const ESTATE_CSV_ROWS: Readonly<Record<string, CsvRowMap>> = {
  "dev-ademe-videoprojector-gwp-fab": {
    item: "videoprojecteur",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    geography: "FR",
    rule: projectorRule("carbone . fabrication"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-gwp-dist": {
    item: "videoprojecteur",
    criterion: "gwp",
    stage: "distribution",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    rule: projectorRule("carbone . distribution"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-gwp-eol": {
    item: "videoprojecteur",
    criterion: "gwp",
    stage: "endOfLife",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    rule: projectorRule("carbone . fin de vie"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-lifespan": {
    item: "videoprojecteur",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    rule: projectorRule("durée de vie théorique"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-power-active": {
    item: "videoprojecteur",
    criterion: "power",
    unit: "W",
    year: STUDY_YEAR,
    rule: projectorRule("consommation en mode actif"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-use-hours": {
    item: "videoprojecteur",
    criterion: "hoursPerDay",
    unit: "h/day",
    year: STUDY_YEAR,
    rule: projectorRule("profil utilisation théorique"),
    label: PROJECTOR,
  },
  // European networks: `fixed-EU`, `mobile-EU`, `fixed-EU-excl-box` of computeNetworkFootprint.
  "net-ademe-negaoctet-fixe-eu": {
    item: "reseau_fixe_EU",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau fixe, Europe (box comprise)", en: "Fixed network, Europe (box included)" },
  },
  "net-ademe-negaoctet-mobile-eu": {
    item: "reseau_mobile_EU",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau mobile, Europe", en: "Mobile network, Europe" },
  },
  "net-ademe-negaoctet-fixe-eu-hors-box": {
    item: "reseau_fixe_hors_box_EU",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau fixe, Europe (hors box)", en: "Fixed network, Europe (box excluded)" },
  },
  // Network equipment of ADEME's data-centre model (origin of the figures not stated: unconfirmed).
  "dc-ademe-switch-gwp": { item: "switch", criterion: "gwp", stage: "manufacturing", unit: "kgCO2e/unit", year: STUDY_YEAR, label: SWITCH },
  "dc-ademe-switch-lifespan": { item: "switch", criterion: "lifetime", unit: "year", year: STUDY_YEAR, label: SWITCH },
  "dc-ademe-router-gwp": {
    item: "routeur",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: ROUTER,
  },
  "dc-ademe-router-lifespan": { item: "routeur", criterion: "lifetime", unit: "year", year: STUDY_YEAR, label: ROUTER },
  "dc-ademe-firewall-gwp": {
    item: "pare_feu",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: FIREWALL,
  },
  "dc-ademe-firewall-lifespan": { item: "pare_feu", criterion: "lifetime", unit: "year", year: STUDY_YEAR, label: FIREWALL },
  // Feature phone: ADEME's Impact CO2 data (no distribution and no use-phase figure given).
  "dev-impactco2-feature-phone-gwp-fab": {
    item: "telephone_basique",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    geography: "FR",
    label: FEATURE_PHONE,
  },
  "dev-impactco2-feature-phone-gwp-eol": {
    item: "telephone_basique",
    criterion: "gwp",
    stage: "endOfLife",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: FEATURE_PHONE,
  },
  "dev-impactco2-feature-phone-lifespan": {
    item: "telephone_basique",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    label: FEATURE_PHONE,
  },
  // Printing paper: one ream of 500 A4 sheets, 80 g/m² (secondary source: unconfirmed).
  "paper-dinum-ream-a4-80g-gwp": {
    item: "ramette_a4_80g",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    label: { fr: "Ramette de papier A4 80 g/m² (500 feuilles)", en: "Ream of A4 80 g/m² paper (500 sheets)" },
  },
  // Stand-ins (unconfirmed): ADEME devices used for types with no public factor of their own.
  "proxy-chargeur-ordinateur-lifespan": {
    item: "chargeur_ordinateur",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    rule: "acv . ordinateur portable . durée de vie théorique",
    label: { fr: "Alimentation externe d'ordinateur portable", en: "Laptop external power supply" },
  },
  "proxy-chargeur-smartphone-lifespan": {
    item: "chargeur_smartphone",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    rule: "acv . smartphone . durée de vie théorique",
    label: { fr: "Alimentation externe de smartphone ou tablette", en: "Smartphone or tablet external power supply" },
  },
  ...proxyRows("borne-wifi", "borne_wifi", "box", {
    fr: "Borne Wi-Fi (substitut : box internet ADEME)",
    en: "Wi-Fi access point (stand-in: ADEME internet box)",
  }),
  ...proxyRows("ecran-interactif", "ecran_interactif", "TV", {
    fr: "Écran interactif, TBI, ENI (substitut : téléviseur ADEME)",
    en: "Interactive display (stand-in: ADEME television)",
  }),
};
