/**
 * The rows of `data/factors-fr.csv` taken from Boavizta's environmental-footprint-data (ODbL 1.0 +
 * DbCL 1.0; see `pack-csv-rows.ts` for what an entry says): IP cameras and connected sensors, for which
 * neither ADEME nor any other source read publishes a factor. Each type reads ONE product's published
 * figures (Google Nest): the middle product of the set ranked by gwp_total (the lower middle, rank n/2, for
 * an even n), each stage its gwp_total times its stage ratio (the source's own formula), not a mean; the
 * row's range is the lowest and highest product of the set, as documentation. _unconfirmed_ (manufacturer-
 * declared, few products), and said so in every row's notes, with the products, the arithmetic and the licence.
 */
import { deviceRows } from "./pack-csv-device-rows.js";
import type { CsvRowMap } from "./pack-csv-read.js";

const CAMERA = {
  fr: "Caméra IP (Google Nest Cam (outdoor or indoor wired option), Boavizta)",
  en: "IP camera (Google Nest Cam (outdoor or indoor wired option), Boavizta)",
};
const SENSOR = { fr: "Capteur connecté (Google Nest Thermostat, Boavizta)", en: "Connected sensor (Google Nest Thermostat, Boavizta)" };

/** The rows of factors-fr.csv taken from Boavizta's data, by id. */
export const BOAVIZTA_CSV_ROWS: Readonly<Record<string, CsvRowMap>> = {
  ...deviceRows("boavizta-camera-ip", "camera_ip", CAMERA),
  // The sensor's report gives no use-phase figure: no power nor hours row.
  ...deviceRows("boavizta-capteur-iot", "capteur_iot", SENSOR, { figures: ["gwp-fab", "gwp-dist", "gwp-eol", "lifespan"] }),
};
