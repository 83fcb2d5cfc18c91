/**
 * The rows of `data/factors-fr.csv` derived from Boavizta's environmental-footprint-data (ODbL 1.0 +
 * DbCL 1.0; see `pack-csv-rows.ts` for what an entry says): IP cameras and connected sensors, for which
 * neither ADEME nor any other source read publishes a factor. Each figure is the mean of a few
 * manufacturer-declared product reports (Google Nest), its range their lowest and highest: _unconfirmed_,
 * and said so in every row's notes, with the products, the arithmetic and the licence.
 */
import type { CsvRowMap } from "./pack-csv-read.js";

const CAMERA = { fr: "Caméra IP (moyenne de caméras Google Nest, Boavizta)", en: "IP camera (mean of Google Nest cameras, Boavizta)" };
const SENSOR = {
  fr: "Capteur connecté (moyenne de thermostats et détecteurs Google Nest, Boavizta)",
  en: "Connected sensor (mean of Google Nest thermostats and detectors, Boavizta)",
};

/** The Boavizta-derived rows of factors-fr.csv, by id. */
export const BOAVIZTA_CSV_ROWS: Readonly<Record<string, CsvRowMap>> = {
  "boavizta-camera-ip-gwp-fab": { item: "camera_ip", criterion: "gwp", stage: "manufacturing", unit: "kgCO2e/unit", label: CAMERA },
  "boavizta-camera-ip-gwp-dist": { item: "camera_ip", criterion: "gwp", stage: "distribution", unit: "kgCO2e/unit", label: CAMERA },
  "boavizta-camera-ip-gwp-eol": { item: "camera_ip", criterion: "gwp", stage: "endOfLife", unit: "kgCO2e/unit", label: CAMERA },
  "boavizta-camera-ip-lifespan": { item: "camera_ip", criterion: "lifetime", unit: "year", label: CAMERA },
  "boavizta-camera-ip-power-active": { item: "camera_ip", criterion: "power", unit: "W", label: CAMERA },
  "boavizta-camera-ip-use-hours": { item: "camera_ip", criterion: "hoursPerDay", unit: "h/day", label: CAMERA },
  "boavizta-capteur-iot-gwp-fab": { item: "capteur_iot", criterion: "gwp", stage: "manufacturing", unit: "kgCO2e/unit", label: SENSOR },
  "boavizta-capteur-iot-gwp-dist": { item: "capteur_iot", criterion: "gwp", stage: "distribution", unit: "kgCO2e/unit", label: SENSOR },
  "boavizta-capteur-iot-gwp-eol": { item: "capteur_iot", criterion: "gwp", stage: "endOfLife", unit: "kgCO2e/unit", label: SENSOR },
  "boavizta-capteur-iot-lifespan": { item: "capteur_iot", criterion: "lifetime", unit: "year", label: SENSOR },
};
