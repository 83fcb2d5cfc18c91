/**
 * How each shipped row of `data/factors-fr.csv` becomes a pack row: its item (the device type code or the
 * pack item), criterion, stage, the pack's unit (and the conversion from the table's), the year and zone when
 * the table's are descriptions, the rule of the cited file, and its label. Every row of the CSV must have an
 * entry here and every entry a row (the generator fails otherwise). This file holds the rows of the first
 * pack (French grid, networks, data centres); the estate's rows are in `pack-csv-estate-rows.ts`, those
 * taken from Boavizta's data (one product report per type) in `pack-csv-boavizta-rows.ts`.
 */
import type { CsvRowMap } from "./pack-csv-read.js";
import { STUDY_YEAR } from "./pack-ademe-model.js";
import { BOAVIZTA_CSV_ROWS } from "./pack-csv-boavizta-rows.js";
import { ESTATE_CSV_ROWS } from "./pack-csv-estate-rows.js";
import { networkRow } from "./pack-csv-network-row.js";

/** The French grid's row, the same for every year of the table (its year is the table's). */
const ELECTRICITY_FR: CsvRowMap = {
  item: "electricite_FR",
  criterion: "gwp",
  stage: "use",
  unit: "kgCO2e/kWh",
  label: { fr: "Électricité, France, mix moyen de consommation", en: "Electricity, France, average consumption mix" },
};

/** Every shipped row of factors-fr.csv, by id. */
export const CSV_ROWS: Readonly<Record<string, CsvRowMap>> = {
  ...Object.fromEntries([2022, 2023, 2024, 2025].map((year) => [`elec-fr-baseempreinte-${year}`, ELECTRICITY_FR])),
  "net-ademe-negaoctet-fixe-fr": networkRow("reseau_fixe_FR", {
    fr: "Réseau fixe, France (box comprise)",
    en: "Fixed network, France (box included)",
  }),
  "net-ademe-negaoctet-mobile-fr": networkRow("reseau_mobile_FR", { fr: "Réseau mobile, France", en: "Mobile network, France" }),
  "net-ademe-negaoctet-fixe-fr-hors-box": networkRow("reseau_fixe_hors_box_FR", {
    fr: "Réseau fixe, France (hors box)",
    en: "Fixed network, France (box excluded)",
  }),
  "dc-arcep-pue-2022": {
    item: "datacenter_FR",
    criterion: "pue",
    unit: "ratio",
    label: { fr: "Centres de données en France, PUE moyen", en: "Data centres in France, average PUE" },
  },
  "dc-arcep-pue-2023": {
    item: "datacenter_FR",
    criterion: "pue",
    unit: "ratio",
    label: { fr: "Centres de données en France, PUE moyen", en: "Data centres in France, average PUE" },
  },
  "dc-ademe-server-gwp": {
    item: "serveur",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: { fr: "Serveur", en: "Server" },
  },
  "dc-ademe-server-lifespan": {
    item: "serveur",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    label: { fr: "Serveur", en: "Server" },
  },
  "dc-ademe-storage-gwp": {
    item: "stockage",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: { fr: "Unité de stockage", en: "Storage unit" },
  },
  "dc-ademe-storage-lifespan": {
    item: "stockage",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    label: { fr: "Unité de stockage", en: "Storage unit" },
  },
  ...ESTATE_CSV_ROWS,
  ...BOAVIZTA_CSV_ROWS,
};
