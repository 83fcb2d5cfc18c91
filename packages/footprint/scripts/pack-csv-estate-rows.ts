/**
 * The rows of `data/factors-fr.csv` added for the whole estate (see `pack-csv-rows.ts` for what an entry
 * says): ADEME's video projector, the European networks, network equipment, the feature phone, printing
 * paper, and ADEME devices used as stand-ins for types with no public factor of their own.
 */
import { deviceRows } from "./pack-csv-device-rows.js";
import type { CsvRowMap } from "./pack-csv-read.js";
import { networkRow } from "./pack-csv-network-row.js";
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
  return deviceRows(`proxy-${slug}`, item, label, {
    year: STUDY_YEAR,
    manufacturingGeography: "FR",
    rule: (suffix) => `acv . ${ademeRule} . ${suffix}`,
  });
}

/** The estate's rows of factors-fr.csv, by id. */
export const ESTATE_CSV_ROWS: Readonly<Record<string, CsvRowMap>> = {
  ...deviceRows("dev-ademe-videoprojector", "videoprojecteur", PROJECTOR, {
    year: STUDY_YEAR,
    manufacturingGeography: "FR",
    rule: projectorRule,
  }),
  // European networks: `fixed-EU`, `mobile-EU`, `fixed-EU-excl-box` of computeNetworkFootprint.
  "net-ademe-negaoctet-fixe-eu": networkRow("reseau_fixe_EU", {
    fr: "Réseau fixe, Europe (box comprise)",
    en: "Fixed network, Europe (box included)",
  }),
  "net-ademe-negaoctet-mobile-eu": networkRow("reseau_mobile_EU", { fr: "Réseau mobile, Europe", en: "Mobile network, Europe" }),
  "net-ademe-negaoctet-fixe-eu-hors-box": networkRow("reseau_fixe_hors_box_EU", {
    fr: "Réseau fixe, Europe (hors box)",
    en: "Fixed network, Europe (box excluded)",
  }),
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
  ...deviceRows("dev-impactco2-feature-phone", "telephone_basique", FEATURE_PHONE, {
    figures: ["gwp-fab", "gwp-eol", "lifespan"],
    year: STUDY_YEAR,
    manufacturingGeography: "FR",
  }),
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
