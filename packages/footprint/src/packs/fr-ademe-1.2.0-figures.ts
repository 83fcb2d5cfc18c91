// GENERATED FILE — do not edit. Regenerate with:
//   npx tsx --conditions=@nrs/source packages/footprint/scripts/generate-pack.ts
// Pack fr-ademe 1.2.0, generated from:
//   - npm @incubateur-ademe/publicodes-acv-numerique@2.1.0 (MIT code; ADEME data),
//     publicodes-acv-numerique.model.json sha256 0864b29cde8070419093c98957376882d2f3abca9c55ef5a5cceacf0e997c366
//   - packages/footprint/data/factors-fr.csv (rows copied from the project's sourced table shared/data/factors.csv, see FACTORS.md,
//     and rows from one product report each of Boavizta environmental-footprint-data, ODbL 1.0, flagged in their notes),
//     sha256 1ce45744a95476ae263cc444651b194646dfe511b497b98641187272546760a7
// Not shipped (FACTORS.md §5): water figures (unreliable ADEME end-of-life water, ecoinvent grid water),
// boaviztapi data files, ecoinvent data, the NegaOctet database beyond the values ADEME republishes.
// The rows were validated by defineFactorPack when this module was generated; they are written as tuples
// (see GeneratedRow and AdemeDevice) so that the pack stays small in a browser bundle.
// This module holds the figures (value, unit, source, year, zone, licence of every row): the calculators
// read them as they are; fr-ademe-1.2.0.ts adds the notes and labels of the rows to make the full pack.
import type { FactorPack } from "./factor-pack.js";
import { ademeDeviceRows, type AdemeDevice } from "./ademe-device-rows.js";
import { generatedFactorPack, type GeneratedRow } from "./generated-factor-pack.js";

const U = "npm:@incubateur-ademe/publicodes-acv-numerique@2.1.0:publicodes-acv-numerique.model.json#";
const S = [
  /* 0 */ "ADEME « Conditions d'utilisation des données Base Empreinte » (données hors ecoinvent ; citation de la source) ; origine NegaOctet ; code du paquet MIT",
  /* 1 */ "ADEME, modèle « data center » du paquet npm @incubateur-ademe/publicodes-acv-numerique",
  /* 2 */ "code du paquet MIT ; origine des données non précisée par la source",
  /* 3 */ "manufacturing",
  /* 4 */ "kgCO2e/unit",
  /* 5 */ "ADEME publicodes-acv-numerique (source of construction values not stated in file)",
  /* 6 */ "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/data center.publicodes",
  /* 7 */ "MIT (code); data origin not stated -> unconfirmed",
  /* 8 */ "ADEME publicodes-acv-numerique",
  /* 9 */ "MIT (code)",
  /* 10 */ "electricite_FR",
  /* 11 */ "kgCO2e/kWh",
  /* 12 */ "ADEME « Conditions d'utilisation des données Base Empreinte » (données hors ecoinvent ; citation de la source) ; code du paquet MIT",
  /* 13 */ "kgCO2e/GB",
  /* 14 */ "NegaOctet via ADEME publicodes-acv-numerique ('référence: source Negaoctet')",
  /* 15 */ "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/transmission.publicodes",
  /* 16 */ "ADEME « Conditions d'utilisation des données Base Empreinte » (données hors ecoinvent ; citation de la source) ; origine NegaOctet ; code du paquet MIT (valeurs NegaOctet republiées par l'ADEME)",
  /* 17 */ "datacenter_FR",
  /* 18 */ "https://banquedesterritoires.fr/lempreinte-environnementale-du-numerique-progresse-sous-limpulsion-de-lia",
  /* 19 */ "Arcep publication",
  /* 20 */ "videoprojecteur",
  /* 21 */ "ADEME (Base Empreinte 'bdd numérique' / NegaOctet-in-Base IMPACTS) as encoded in ADEME's publicodes-acv-numerique v2.2.0",
  /* 22 */ "distribution",
  /* 23 */ "endOfLife",
  /* 24 */ "hoursPerDay",
  /* 25 */ "telephone_basique",
  /* 26 */ "ADEME Impact CO2 numerique data",
  /* 27 */ "github:incubateur-ademe/impactco2@8076a4895ecebd0c781ec6489ba2008b87915b09:src/data/categories/numerique.ts",
  /* 28 */ "Code MIT (Datagir); data ADEME Base Empreinte (ADEME conditions v1.0 2025-04-30)",
  /* 29 */ "borne_wifi",
  /* 30 */ "ADEME (Base Empreinte bdd numérique) via publicodes-acv-numerique, used as a proxy",
  /* 31 */ "ecran_interactif",
  /* 32 */ "camera_ip",
  /* 33 */ "Boavizta environmental-footprint-data (boavizta-data-us.csv), Google product environmental report: Nest Cam (outdoor or indoor wired option) (rank 2 of 3 by gwp_total); range over the 3: Nest Cam (indoor wired), Nest Cam (outdoor or indoor wired option), Nest Cam IQ Outdoor",
  /* 34 */ "github:Boavizta/environmental-footprint-data@61323eb5c3bb63b0703e7a9c6456482ccbaac3a6:boavizta-data-us.csv",
  /* 35 */ "ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0",
  /* 36 */ "capteur_iot",
  /* 37 */ "Boavizta environmental-footprint-data (boavizta-data-us.csv), Google product environmental report: Nest Thermostat (rank 3 of 6 by gwp_total); range over the 6: Nest Learning Thermostat, Nest Thermostat, Nest Thermostat E - Europe, Nest Thermostat E - North America, Nest Protect (Battery), Nest Protect (Wired)",
] as const;

/** @internal ADEME devices: [item, rule under `acv`, gCO2e manufacturing, distribution, end of life, lifetime (an), power (W), hours per day]. */
export const FR_ADEME_1_2_0_DEVICES: readonly AdemeDevice[] = [
  ["ordinateur_portable", "ordinateur portable", "170000", "12300", "2790", "5", "26.5", "3"],
  ["ordinateur_fixe", "ordinateur fixe pro", "203000", "1850", "6610", "6", "70", "6"],
  ["ordinateur_fixe_personnel", "ordinateur fixe", "259000", "2940", "6610", "6", "70", "4"],
  ["ecran", "écran", "64600", "1290", "3950", "6", "50", "4"],
  ["smartphone", "smartphone", "77000", "2270", "246", "2.5", "4.5", "3"],
  ["tablette", "tablette", "80500", "3430", "364", "3", "20", "2.5"],
  ["televiseur", "TV", "325000", "3260", "11900", "8", "65", "3"],
  ["box_internet", "box", "60800", "610", "1630", "5", "8", "24"],
  ["imprimante", "imprimante", "10500", "300", "10200", "5", "60", "1"],
  ["disque_dur_externe", "disque dur externe", "11500", "113", "287", "5", "4", "2"],
  ["ssd_externe", "SSD externe", "135000", "16.1", "79.6", "5", "0.5", "2"],
  ["cle_usb", "clé USB", "5160", "4.24", "15.3", "5", "0.2", "2"],
  ["enceinte_connectee", "enceinte", "19500", "300", "700", "5", "20", "3"],
  ["console_de_salon", "console de salon", "279000", "1200", "4600", "6", "80", "1"],
  ["console_portable", "console portable", "64800", "300", "500", "6", "10", "1"],
  ["casque_realite_virtuelle", "casque de réalité virtuelle", ["70350", "49300", "91400"], ["380", "338", "422"], ["1675", "1410", "1940"], "5", "2", "1"],
  ["manette_realite_virtuelle", "manette casque de réalité virtuelle", "3260", "61.9", "300", "5", "0.02", "1"],
  ["chargeur_ordinateur", "chargeur ordinateur", "3510", "140", "542"],
  ["chargeur_smartphone", "chargeur smartphone", "349", "13.6", "52.7"],
];

/** Other rows: [id, item, criterion, stage, value, unit, source, sourceUrl, year, geography, licence]. */
const R: readonly GeneratedRow[] = [
  ["dc-serveur-power", "serveur", "power", "", "367", "W", S[1], U + "serveur . puissance", 2022, "FR", S[2]],
  ["dc-stockage-power", "stockage", "power", "", "6", "W", S[1], U + "stockage . puissance en mode actif", 2022, "FR", S[2]],
  ["dc-ademe-server-gwp", "serveur", "gwp", S[3], "748", S[4], S[5], S[6], 2022, "FR", S[7]],
  ["dc-ademe-server-lifespan", "serveur", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9]],
  ["dc-ademe-storage-gwp", "stockage", "gwp", S[3], "144", S[4], S[5], S[6], 2022, "FR", S[7]],
  ["dc-ademe-storage-lifespan", "stockage", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9]],
  ["elec-fr-baseempreinte-2022", S[10], "gwp", "use", "0.052", S[11], "ADEME Base Empreinte 'Electricité/2022 - mix moyen/consommation' as quoted in ADEME publicodes-commun", "github:incubateur-ademe/publicodes-commun@359559a42bf1ec65074dd01df24a0652d95f672a:src/commun.publicodes", 2022, "FR", S[12]],
  ["elec-fr-baseempreinte-2023", S[10], "gwp", "use", "0.058", S[11], "ADEME Base Empreinte 'Electricité/2023 - mix moyen/consommation' as quoted in ADEME publicodes-commun", "github:incubateur-ademe/publicodes-commun@38f9e1103d430677c67708e2b17698aa50a6cff3:src/commun.publicodes", 2023, "FR", S[12]],
  ["elec-fr-baseempreinte-2024", S[10], "gwp", "use", "0.0519", S[11], "ADEME Base Empreinte 'Electricité/2024 - mix moyen/consommation' as quoted in ADEME publicodes-commun", "github:incubateur-ademe/publicodes-commun@fb4a1b911be8a6f4b0e4c949b5f30e41dc9daa2f:src/commun.publicodes", 2024, "FR", S[12]],
  ["elec-fr-baseempreinte-2025", S[10], "gwp", "use", "0.0461", S[11], "ADEME Base Empreinte 'Electricité/2025 - mix moyen/consommation' as quoted in ADEME publicodes-commun", "github:incubateur-ademe/publicodes-commun@735ccda1c116697f700d2bbb1f56416829dc2ca5:src/commun.publicodes", 2025, "FR", S[12]],
  ["net-ademe-negaoctet-fixe-fr", "reseau_fixe_FR", "gwp", "use", "0.00926934695867389", S[13], S[14], S[15], 2022, "FR", S[16]],
  ["net-ademe-negaoctet-mobile-fr", "reseau_mobile_FR", "gwp", "use", "0.0246836791969497", S[13], S[14], S[15], 2022, "FR", S[16]],
  ["net-ademe-negaoctet-fixe-fr-hors-box", "reseau_fixe_hors_box_FR", "gwp", "use", "0.00259", S[13], S[14], S[15], 2022, "FR", S[16]],
  ["dc-arcep-pue-2023", S[17], "pue", "", "1.46", "ratio", "Arcep 'Pour un numérique soutenable' 2025 edition as reported by banquedesterritoires.fr", S[18], 2023, "FR", S[19]],
  ["dc-arcep-pue-2022", S[17], "pue", "", "1.51", "ratio", "Arcep 2025 edition as reported by banquedesterritoires.fr", S[18], 2022, "FR", S[19]],
  ["dev-ademe-videoprojector-gwp-fab", S[20], "gwp", S[3], "39.2", S[4], S[21], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . carbone . fabrication", 2022, "FR", S[0]],
  ["dev-ademe-videoprojector-gwp-dist", S[20], "gwp", S[22], "1.32115", S[4], S[21], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . carbone . distribution", 2022, "FR", S[0]],
  ["dev-ademe-videoprojector-gwp-eol", S[20], "gwp", S[23], "3.26", S[4], S[21], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . carbone . fin de vie", 2022, "FR", S[0]],
  ["dev-ademe-videoprojector-lifespan", S[20], "lifetime", "", "8", "year", S[21], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . durée de vie théorique", 2022, "FR", S[0]],
  ["dev-ademe-videoprojector-power-active", S[20], "power", "", "200", "W", S[21], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . consommation en mode actif", 2022, "FR", S[0]],
  ["dev-ademe-videoprojector-use-hours", S[20], S[24], "", "0.5", "h/day", S[21], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . profil utilisation théorique", 2022, "FR", S[0]],
  ["net-ademe-negaoctet-fixe-eu", "reseau_fixe_EU", "gwp", "use", "0.0308081869990301", S[13], S[14], S[15], 2022, "EU", S[16]],
  ["net-ademe-negaoctet-mobile-eu", "reseau_mobile_EU", "gwp", "use", "0.0960097311973246", S[13], S[14], S[15], 2022, "EU", S[16]],
  ["net-ademe-negaoctet-fixe-eu-hors-box", "reseau_fixe_hors_box_EU", "gwp", "use", "0.0144", S[13], S[14], S[15], 2022, "EU", S[16]],
  ["dc-ademe-switch-gwp", "switch", "gwp", S[3], "367", S[4], S[5], S[6], 2022, "FR", S[7]],
  ["dc-ademe-switch-lifespan", "switch", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9]],
  ["dc-ademe-router-gwp", "routeur", "gwp", S[3], "41.2", S[4], S[5], S[6], 2022, "FR", S[7]],
  ["dc-ademe-router-lifespan", "routeur", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9]],
  ["dc-ademe-firewall-gwp", "pare_feu", "gwp", S[3], "355", S[4], S[5], S[6], 2022, "FR", S[7]],
  ["dc-ademe-firewall-lifespan", "pare_feu", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9]],
  ["dev-impactco2-feature-phone-gwp-fab", S[25], "gwp", S[3], "23.3", S[4], S[26], S[27], 2022, "FR", S[28]],
  ["dev-impactco2-feature-phone-gwp-eol", S[25], "gwp", S[23], "0.1", S[4], S[26], S[27], 2022, "FR", S[28]],
  ["dev-impactco2-feature-phone-lifespan", S[25], "lifetime", "", "2.5", "year", S[26], "github:incubateur-ademe/impactco2@0255d5ab603dc93938d591097fda44b3bf8af88e:src/data/categories/numerique.ts", 2022, "FR", S[28]],
  ["proxy-borne-wifi-gwp-fab", S[29], "gwp", S[3], "60.8", S[4], S[30], U + "acv . box . carbone . fabrication", 2022, "FR", S[0]],
  ["proxy-borne-wifi-gwp-dist", S[29], "gwp", S[22], "0.61", S[4], S[30], U + "acv . box . carbone . distribution", 2022, "FR", S[0]],
  ["proxy-borne-wifi-gwp-eol", S[29], "gwp", S[23], "1.63", S[4], S[30], U + "acv . box . carbone . fin de vie", 2022, "FR", S[0]],
  ["proxy-borne-wifi-lifespan", S[29], "lifetime", "", "5", "year", S[30], U + "acv . box . durée de vie théorique", 2022, "FR", S[0]],
  ["proxy-borne-wifi-power-active", S[29], "power", "", "8", "W", S[30], U + "acv . box . consommation en mode actif", 2022, "FR", S[0]],
  ["proxy-borne-wifi-use-hours", S[29], S[24], "", "24", "h/day", S[30], U + "acv . box . profil utilisation théorique", 2022, "FR", S[0]],
  ["proxy-ecran-interactif-gwp-fab", S[31], "gwp", S[3], "325", S[4], S[30], U + "acv . TV . carbone . fabrication", 2022, "FR", S[0]],
  ["proxy-ecran-interactif-gwp-dist", S[31], "gwp", S[22], "3.26", S[4], S[30], U + "acv . TV . carbone . distribution", 2022, "FR", S[0]],
  ["proxy-ecran-interactif-gwp-eol", S[31], "gwp", S[23], "11.9", S[4], S[30], U + "acv . TV . carbone . fin de vie", 2022, "FR", S[0]],
  ["proxy-ecran-interactif-lifespan", S[31], "lifetime", "", "8", "year", S[30], U + "acv . TV . durée de vie théorique", 2022, "FR", S[0]],
  ["proxy-ecran-interactif-power-active", S[31], "power", "", "65", "W", S[30], U + "acv . TV . consommation en mode actif", 2022, "FR", S[0]],
  ["proxy-ecran-interactif-use-hours", S[31], S[24], "", "3", "h/day", S[30], U + "acv . TV . profil utilisation théorique", 2022, "FR", S[0]],
  ["paper-dinum-ream-a4-80g-gwp", "ramette_a4_80g", "gwp", S[3], "2.29", S[4], "DINUM MiNumEco, « Impact des bonnes pratiques » n° 6 « Organiser son environnement de travail » (2021-11-23), citing ADEME (Centre de ressources bilans GES; Guide de la communication responsable)", "github:DISIC/MiNumEco@70420fb160dcd42876d15d04f37921cf97c7541c:publications/impact-bonnes-pratiques/bonne-pratique-6-organiser-environnement-de-travail.md", 2021, "FR", "French government publication (licence of the page not stated in the file read); figure from ADEME"],
  ["proxy-chargeur-ordinateur-lifespan", "chargeur_ordinateur", "lifetime", "", "5", "year", S[30], U + "acv . ordinateur portable . durée de vie théorique", 2022, "FR", S[0]],
  ["proxy-chargeur-smartphone-lifespan", "chargeur_smartphone", "lifetime", "", "2.5", "year", S[30], U + "acv . smartphone . durée de vie théorique", 2022, "FR", S[0]],
  ["boavizta-camera-ip-gwp-fab", S[32], "gwp", S[3], "30.4", S[4], S[33], S[34], 2021, "WW", S[35], "9.75", "47.15"],
  ["boavizta-camera-ip-gwp-dist", S[32], "gwp", S[22], "1.6", S[4], S[33], S[34], 2021, "WW", S[35], "0.65", "2.3"],
  ["boavizta-camera-ip-gwp-eol", S[32], "gwp", S[23], "0.8", S[4], S[33], S[34], 2021, "WW", S[35], "0.65", "1.15"],
  ["boavizta-camera-ip-lifespan", S[32], "lifetime", "", "5", "year", S[33], S[34], 2021, "WW", S[35]],
  ["boavizta-camera-ip-power-active", S[32], "power", "", "2.283", "W", S[33], S[34], 2021, "WW", S[35]],
  ["boavizta-camera-ip-use-hours", S[32], S[24], "", "24", "h/day", S[33], S[34], 2021, "WW", S[35]],
  ["boavizta-capteur-iot-gwp-fab", S[36], "gwp", S[3], "11.8", S[4], S[37], S[34], 2020, "WW", S[35], "11.1", "24.6"],
  ["boavizta-capteur-iot-gwp-dist", S[36], "gwp", S[22], "0.6", S[4], S[37], S[34], 2020, "WW", S[35], "0.15", "0.6"],
  ["boavizta-capteur-iot-gwp-eol", S[36], "gwp", S[23], "0.2", S[4], S[37], S[34], 2020, "WW", S[35], "0.15", "0.6"],
  ["boavizta-capteur-iot-lifespan", S[36], "lifetime", "", "10", "year", S[37], S[34], 2020, "WW", S[35]],
];

/**
 * @internal The pack `fr-ademe` 1.2.0 without the notes and labels of its rows: the same ids,
 * figures, units, sources and licences as `frAdeme_1_2_0`, so the same results and traces.
 */
export const frAdemeFigures_1_2_0: FactorPack = /* @__PURE__ */ generatedFactorPack(
  {
    id: "fr-ademe",
    version: "1.2.0",
    title: {"fr":"Facteurs ADEME pour la France","en":"ADEME factors for France"},
    description: {
      fr: "Équipements (ADEME, Base Empreinte « bdd numérique »), électricité française par année (Base Empreinte), réseaux fixe et mobile français par Go, PUE des centres de données français (Arcep), fabrication des serveurs et du stockage, caméras IP et capteurs connectés (Boavizta, ODbL).",
      en: "Devices (ADEME, Base Empreinte 'bdd numérique'), French electricity by year (Base Empreinte), French fixed and mobile networks per GB, French data-centre PUE (Arcep), server and storage manufacturing, IP cameras and connected sensors (Boavizta, ODbL).",
    },
    generatedFrom: [
      {"name":"@incubateur-ademe/publicodes-acv-numerique","version":"2.1.0","licence":"MIT (code); ADEME Base Empreinte conditions (data)","url":"https://www.npmjs.com/package/@incubateur-ademe/publicodes-acv-numerique"},
      {"name":"packages/footprint/data/factors-fr.csv","version":"1ce45744a954","licence":"per row"},
    ],
  },
  [.../* @__PURE__ */ ademeDeviceRows(FR_ADEME_1_2_0_DEVICES, U, "ADEME, Base Empreinte « bdd numérique » (étude NegaOctet–ADEME 2022, certaines valeurs mises à jour), via le paquet npm @incubateur-ademe/publicodes-acv-numerique", S[0], 2022), ...R],
);
