// GENERATED FILE — do not edit. Regenerate with:
//   npx tsx --conditions=@nrs/source packages/footprint/scripts/generate-pack.ts
// Pack fr-ademe 1.0.0, generated from:
//   - npm @incubateur-ademe/publicodes-acv-numerique@2.1.0 (MIT code; ADEME data),
//     publicodes-acv-numerique.model.json sha256 0864b29cde8070419093c98957376882d2f3abca9c55ef5a5cceacf0e997c366
//   - packages/footprint/data/factors-fr.csv (rows copied from the project's sourced table shared/data/factors.csv, see FACTORS.md),
//     sha256 42709b849d030c6da9af27b51c6af66662a2e20a06f395e4034665006590ef11
// Not shipped (FACTORS.md §5): water figures (unreliable ADEME end-of-life water, ecoinvent grid water),
// boaviztapi data files, ecoinvent data, the NegaOctet database beyond the values ADEME republishes.
// The rows were validated by defineFactorPack when this module was generated; they are written as tuples
// (see GeneratedRow and AdemeDevice) so that the pack stays small in a browser bundle.
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
  /* 10 */ "année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; licence lue : MIT (code)",
  /* 11 */ "Unité de stockage",
  /* 12 */ "Storage unit",
  /* 13 */ "electricite_FR",
  /* 14 */ "kgCO2e/kWh",
  /* 15 */ "ADEME « Conditions d'utilisation des données Base Empreinte » (données hors ecoinvent ; citation de la source) ; code du paquet MIT",
  /* 16 */ "Électricité, France, mix moyen de consommation",
  /* 17 */ "Electricity, France, average consumption mix",
  /* 18 */ "kgCO2e/GB",
  /* 19 */ "NegaOctet via ADEME publicodes-acv-numerique ('référence: source Negaoctet')",
  /* 20 */ "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/transmission.publicodes",
  /* 21 */ "ADEME « Conditions d'utilisation des données Base Empreinte » (données hors ecoinvent ; citation de la source) ; origine NegaOctet ; code du paquet MIT (valeurs NegaOctet republiées par l'ADEME)",
  /* 22 */ "datacenter_FR",
  /* 23 */ "https://banquedesterritoires.fr/lempreinte-environnementale-du-numerique-progresse-sous-limpulsion-de-lia",
  /* 24 */ "Arcep publication",
  /* 25 */ "Centres de données en France, PUE moyen",
  /* 26 */ "Data centres in France, average PUE",
  /* 27 */ "videoprojecteur",
  /* 28 */ "ADEME (Base Empreinte 'bdd numérique' / NegaOctet-in-Base IMPACTS) as encoded in ADEME's publicodes-acv-numerique v2.2.0",
  /* 29 */ "Vidéoprojecteur",
  /* 30 */ "Video projector",
  /* 31 */ "distribution",
  /* 32 */ "endOfLife",
  /* 33 */ "hoursPerDay",
  /* 34 */ "Commutateur réseau (switch)",
  /* 35 */ "Network switch",
  /* 36 */ "telephone_basique",
  /* 37 */ "ADEME Impact CO2 numerique data",
  /* 38 */ "github:incubateur-ademe/impactco2@8076a4895ecebd0c781ec6489ba2008b87915b09:src/data/categories/numerique.ts",
  /* 39 */ "Code MIT (Datagir); data ADEME Base Empreinte (ADEME conditions v1.0 2025-04-30)",
  /* 40 */ "Téléphone mobile basique",
  /* 41 */ "Feature phone",
  /* 42 */ "borne_wifi",
  /* 43 */ "ADEME (Base Empreinte bdd numérique) via publicodes-acv-numerique, used as a proxy",
  /* 44 */ "Borne Wi-Fi (substitut : box internet ADEME)",
  /* 45 */ "Wi-Fi access point (stand-in: ADEME internet box)",
  /* 46 */ "ecran_interactif",
  /* 47 */ "Écran interactif, TBI, ENI (substitut : téléviseur ADEME)",
  /* 48 */ "Interactive display (stand-in: ADEME television)",
] as const;

/** ADEME devices: [item, rule under `acv`, label fr, label en, description, gCO2e manufacturing, distribution, end of life, lifetime (an), power (W), hours per day]. */
const D: readonly AdemeDevice[] = [
  ["ordinateur_portable", "ordinateur portable", "Ordinateur portable", "Laptop", "Laptop; average configuration: 14,6 inches screen, 1 CPU, 11 GB RAM, 497 GB SSD, 5 years lifespan;", "170000", "12300", "2790", "5", "26.5", "3"],
  ["ordinateur_fixe", "ordinateur fixe pro", "Ordinateur fixe professionnel (sans écran)", "Professional desktop (without screen)", "Desktop; profesional use; average configuration: 8 GB RAM, 1000 GB HDD, 256 GB SSD, separated graphic card, 6 years lifespan;", "203000", "1850", "6610", "6", "70", "6"],
  ["ordinateur_fixe_personnel", "ordinateur fixe", "Ordinateur fixe personnel (sans écran)", "Personal desktop (without screen)", "Desktop; personal use; average configuration: 1 CPU, 10 GB RAM, 1173 GB HDD, 442 GB SSD, mix of integrated or separated graphic card, 6 years lifespan;", "259000", "2940", "6610", "6", "70", "4"],
  ["ecran", "écran", "Écran d'ordinateur", "Computer monitor", "Computer monitors; average dimension (24 inches) and technology (98.6% LCD, 1.4% OLED), 6,6 years lifespan;", "64600", "1290", "3950", "6", "50", "4"],
  ["smartphone", "smartphone", "Smartphone", "Smartphone", "Smartphone; average configuration: 6,61 inches screen mix of LCD and OLED technologies, 7,3 GB RAM, 180 GB memory, 2,5 years lifespan", "77000", "2270", "246", "2.5", "4.5", "3"],
  ["tablette", "tablette", "Tablette", "Tablet", "Tablet; average configuration: 10.44 inches screen mix of LCD screen, 4 GB RAM, 121 GB memory, 3 years lifespan;", "80500", "3430", "364", "3", "20", "2.5"],
  ["televiseur", "TV", "Téléviseur", "Television", "Television; use mix, personal use; average dimension (48 inches) and technology (86.7% LCD, 13.3% OLED), 8 years lifespan", "325000", "3260", "11900", "8", "65", "3"],
  ["box_internet", "box", "Box internet", "Internet box", "Modem; use mix, personal and professional use; xDSL, FTTx, 5 years lifespan; RAS", "60800", "610", "1630", "5", "8", "24"],
  ["imprimante", "imprimante", "Imprimante", "Printer", "Chiffres issus d'un rapport précédent à la v2.0.0 de la Base Empreinte.", "10500", "300", "10200", "5", "60", "1"],
  ["disque_dur_externe", "disque dur externe", "Disque dur externe", "External hard drive", "External Hard Disk Drive (HDD); use mix; average capacity (1700 GB), 5 years lifespan;", "11500", "113", "287", "5", "4", "2"],
  ["ssd_externe", "SSD externe", "SSD externe", "External SSD", "External Solid State Drive (SSD); use mix; average capacity (870 GB), 5 years lifespan;", "135000", "16.1", "79.6", "5", "0.5", "2"],
  ["cle_usb", "clé USB", "Clé USB", "USB key", "USB key; use mix; average capacity (59.2 Go), 5 years lifespan; RAS", "5160", "4.24", "15.3", "5", "0.2", "2"],
  ["enceinte_connectee", "enceinte", "Enceinte connectée", "Connected speaker", "Chiffres issus d'un rapport précédent à la v2.0.0 de la Base Empreinte.", "19500", "300", "700", "5", "20", "3"],
  ["console_de_salon", "console de salon", "Console de salon", "Home game console", "Chiffres issus d'un rapport précédent à la v2.0.0 de la Base Empreinte.", "279000", "1200", "4600", "6", "80", "1"],
  ["console_portable", "console portable", "Console portable", "Handheld game console", "Chiffres issus d'un rapport précédent à la v2.0.0 de la Base Empreinte.", "64800", "300", "500", "6", "10", "1"],
  ["casque_realite_virtuelle", "casque de réalité virtuelle", "Casque de réalité virtuelle", "Virtual reality headset", "Moyenne de deux technologies (50% LCD, 50%OLED)", ["70350", "49300", "91400"], ["380", "338", "422"], ["1675", "1410", "1940"], "5", "2", "1"],
  ["manette_realite_virtuelle", "manette casque de réalité virtuelle", "Manette de casque de réalité virtuelle", "Virtual reality controller", "", "3260", "61.9", "300", "5", "0.02", "1"],
  ["chargeur_ordinateur", "chargeur ordinateur", "Alimentation externe d'ordinateur portable", "Laptop external power supply", "External power supply (EPS); use mix; for laptop, input AC 100-240V, output DC 19-20V;", "3510", "140", "542"],
  ["chargeur_smartphone", "chargeur smartphone", "Alimentation externe de smartphone ou tablette", "Smartphone or tablet external power supply", "External power supply (EPS); use mix; for smartphone and tablet, input AC 100-240V, output DC 5-20V;", "349", "13.6", "52.7"],
];

/** Other rows: [id, item, criterion, stage, value, unit, source, sourceUrl, year, geography, licence, notes, label fr, label en]. */
const R: readonly GeneratedRow[] = [
  ["dc-serveur-power", "serveur", "power", "", "367", "W", S[1], U + "serveur . puissance", 2022, "FR", S[2], "« puissance » du serveur, ADEME : source Borderstep ; la puissance en mode actif du modèle est 400 W ; année non indiquée par la source (2022 = année de l'étude NegaOctet–ADEME du paquet)"],
  ["dc-stockage-power", "stockage", "power", "", "6", "W", S[1], U + "stockage . puissance en mode actif", 2022, "FR", S[2], "puissance en mode actif d'une unité de stockage ; année non indiquée par la source (2022 = année de l'étude NegaOctet–ADEME du paquet)"],
  ["dc-ademe-server-gwp", "serveur", "gwp", S[3], "748", S[4], S[5], S[6], 2022, "FR", S[7], "année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 748000 gCO2e; active power 400 W ('puissance en mode actif'); separate 'puissance' 367 W 'source Borderstep' ; licence lue : MIT (code); data origin not stated -> unconfirmed", "Serveur", "Server"],
  ["dc-ademe-server-lifespan", "serveur", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9], S[10], "Serveur", "Server"],
  ["dc-ademe-storage-gwp", "stockage", "gwp", S[3], "144", S[4], S[5], S[6], 2022, "FR", S[7], "année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 144000 gCO2e; active power 6 W ; licence lue : MIT (code); data origin not stated -> unconfirmed", S[11], S[12]],
  ["dc-ademe-storage-lifespan", "stockage", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9], S[10], S[11], S[12]],
  ["elec-fr-baseempreinte-2022", S[13], "gwp", "use", "0.052", S[14], "ADEME Base Empreinte 'Electricité/2022 - mix moyen/consommation' as quoted in ADEME publicodes-commun", "github:incubateur-ademe/publicodes-commun@359559a42bf1ec65074dd01df24a0652d95f672a:src/commun.publicodes", 2022, "FR", S[15], "'Intensité moyenne, tous types de consommations confondues, année 2022'; verify against Base Empreinte export ; licence lue : ADEME Base Carbone (ADEME conditions); package MIT", S[16], S[17]],
  ["elec-fr-baseempreinte-2023", S[13], "gwp", "use", "0.058", S[14], "ADEME Base Empreinte 'Electricité/2023 - mix moyen/consommation' as quoted in ADEME publicodes-commun", "github:incubateur-ademe/publicodes-commun@38f9e1103d430677c67708e2b17698aa50a6cff3:src/commun.publicodes", 2023, "FR", S[15], "UNCONFIRMED: note cites 'Electricité/2023' but description still says 'année 2022'; verify against Base Empreinte export ; licence lue : ADEME Base Carbone (ADEME conditions); package MIT", S[16], S[17]],
  ["elec-fr-baseempreinte-2024", S[13], "gwp", "use", "0.0519", S[14], "ADEME Base Empreinte 'Electricité/2024 - mix moyen/consommation' as quoted in ADEME publicodes-commun", "github:incubateur-ademe/publicodes-commun@fb4a1b911be8a6f4b0e4c949b5f30e41dc9daa2f:src/commun.publicodes", 2024, "FR", S[15], "smoothed over 2021-2024; verify against Base Empreinte export ; licence lue : ADEME Base Carbone (ADEME conditions); package MIT", S[16], S[17]],
  ["elec-fr-baseempreinte-2025", S[13], "gwp", "use", "0.0461", S[14], "ADEME Base Empreinte 'Electricité/2025 - mix moyen/consommation' as quoted in ADEME publicodes-commun", "github:incubateur-ademe/publicodes-commun@735ccda1c116697f700d2bbb1f56416829dc2ca5:src/commun.publicodes", 2025, "FR", S[15], "smoothed over 2022-2025; verify against Base Empreinte export ; licence lue : ADEME Base Carbone (ADEME conditions); package MIT", S[16], S[17]],
  ["net-ademe-negaoctet-fixe-fr", "reseau_fixe_FR", "gwp", "use", "0.00926934695867389", S[18], S[19], S[20], 2022, "FR", S[21], "valeur source 9.26934695867389 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau fixe, France (box comprise)", "Fixed network, France (box included)"],
  ["net-ademe-negaoctet-mobile-fr", "reseau_mobile_FR", "gwp", "use", "0.0246836791969497", S[18], S[19], S[20], 2022, "FR", S[21], "valeur source 24.6836791969497 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau mobile, France", "Mobile network, France"],
  ["net-ademe-negaoctet-fixe-fr-hors-box", "reseau_fixe_hors_box_FR", "gwp", "use", "0.00259", S[18], S[19], S[20], 2022, "FR", S[21], "valeur source 2.59 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau fixe, France (hors box)", "Fixed network, France (box excluded)"],
  ["dc-arcep-pue-2023", S[22], "pue", "", "1.46", "ratio", "Arcep 'Pour un numérique soutenable' 2025 edition as reported by banquedesterritoires.fr", S[23], 2023, "FR", S[24], "1.51 in 2022; secondary source ; licence lue : Arcep publication", S[25], S[26]],
  ["dc-arcep-pue-2022", S[22], "pue", "", "1.51", "ratio", "Arcep 2025 edition as reported by banquedesterritoires.fr", S[23], 2022, "FR", S[24], "secondary ; licence lue : Arcep publication", S[25], S[26]],
  ["dev-ademe-videoprojector-gwp-fab", S[27], "gwp", S[3], "39.2", S[4], S[28], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . carbone . fabrication", 2022, "FR", S[0], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone de la table : « FR (world production) » ; source value 39200 gCO2e; 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[29], S[30]],
  ["dev-ademe-videoprojector-gwp-dist", S[27], "gwp", S[31], "1.32115", S[4], S[28], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . carbone . distribution", 2022, "FR", S[0], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; source value 1321.15 gCO2e | item flag: 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[29], S[30]],
  ["dev-ademe-videoprojector-gwp-eol", S[27], "gwp", S[32], "3.26", S[4], S[28], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . carbone . fin de vie", 2022, "FR", S[0], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; source value 3260 gCO2e | item flag: 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[29], S[30]],
  ["dev-ademe-videoprojector-lifespan", S[27], "lifetime", "", "8", "year", S[28], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . durée de vie théorique", 2022, "FR", S[0], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; 'durée de vie théorique' | item flag: 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[29], S[30]],
  ["dev-ademe-videoprojector-power-active", S[27], "power", "", "200", "W", S[28], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . consommation en mode actif", 2022, "FR", S[0], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; 'consommation en mode actif' | item flag: 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[29], S[30]],
  ["dev-ademe-videoprojector-use-hours", S[27], S[33], "", "0.5", "h/day", S[28], "github:incubateur-ademe/publicodes-acv-numerique@70676e47ea3c50c03f4a3859f5377ed5cf16154d:src/acv-terminaux.publicodes#acv . videoprojecteur . profil utilisation théorique", 2022, "FR", S[0], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; 'profil utilisation théorique'; model: kWh/yr = W*h/day*365/1000 ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[29], S[30]],
  ["net-ademe-negaoctet-fixe-eu", "reseau_fixe_EU", "gwp", "use", "0.0308081869990301", S[18], S[19], S[20], 2022, "EU", S[21], "valeur source 30.8081869990301 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau fixe, Europe (box comprise)", "Fixed network, Europe (box included)"],
  ["net-ademe-negaoctet-mobile-eu", "reseau_mobile_EU", "gwp", "use", "0.0960097311973246", S[18], S[19], S[20], 2022, "EU", S[21], "valeur source 96.0097311973246 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau mobile, Europe", "Mobile network, Europe"],
  ["net-ademe-negaoctet-fixe-eu-hors-box", "reseau_fixe_hors_box_EU", "gwp", "use", "0.0144", S[18], S[19], S[20], 2022, "EU", S[21], "valeur source 14.4 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau fixe, Europe (hors box)", "Fixed network, Europe (box excluded)"],
  ["dc-ademe-switch-gwp", "switch", "gwp", S[3], "367", S[4], S[5], S[6], 2022, "FR", S[7], "année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 367000 gCO2e; 1.468 switches per server (APL Datacenter market average) ; licence lue : MIT (code); data origin not stated -> unconfirmed", S[34], S[35]],
  ["dc-ademe-switch-lifespan", "switch", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9], S[10], S[34], S[35]],
  ["dc-ademe-router-gwp", "routeur", "gwp", S[3], "41.2", S[4], S[5], S[6], 2022, "FR", S[7], "année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 41200 gCO2e; 0.286 routers per server ; licence lue : MIT (code); data origin not stated -> unconfirmed", "Routeur", "Router"],
  ["dc-ademe-router-lifespan", "routeur", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9], S[10], "Routeur", "Router"],
  ["dc-ademe-firewall-gwp", "pare_feu", "gwp", S[3], "355", S[4], S[5], S[6], 2022, "FR", S[7], "année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 355000 gCO2e ; licence lue : MIT (code); data origin not stated -> unconfirmed", "Pare-feu", "Firewall"],
  ["dc-ademe-firewall-lifespan", "pare_feu", "lifetime", "", "5", "year", S[8], S[6], 2022, "FR", S[9], S[10], "Pare-feu", "Firewall"],
  ["dev-impactco2-feature-phone-gwp-fab", S[36], "gwp", S[3], "23.3", S[4], S[37], S[38], 2022, "FR", S[39], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; no distribution value given; end of life 0.1 kgCO2e ; licence lue : Code MIT (Datagir); data ADEME Base Empreinte (ADEME conditions v1.0 2025-04-30)", S[40], S[41]],
  ["dev-impactco2-feature-phone-gwp-eol", S[36], "gwp", S[32], "0.1", S[4], S[37], S[38], 2022, "FR", S[39], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : Code MIT (Datagir); data ADEME Base Empreinte (ADEME conditions v1.0 2025-04-30)", S[40], S[41]],
  ["dev-impactco2-feature-phone-lifespan", S[36], "lifetime", "", "2.5", "year", S[37], "github:incubateur-ademe/impactco2@0255d5ab603dc93938d591097fda44b3bf8af88e:src/data/categories/numerique.ts", 2022, "FR", S[39], "période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; slug 'telephonebasique', usage.defaultyears 2.5; usage.peryear is 0 (no use-phase figure) ; licence lue : Code MIT (Datagir); data ADEME Base Empreinte (ADEME conditions v1.0 2025-04-30)", S[40], S[41]],
  ["proxy-borne-wifi-gwp-fab", S[42], "gwp", S[3], "60.8", S[4], S[43], U + "acv . box . carbone . fabrication", 2022, "FR", S[0], "zone de la table : « FR (world production) » ; acv . box . carbone . fabrication = 60800 gCO2e; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[44], S[45]],
  ["proxy-borne-wifi-gwp-dist", S[42], "gwp", S[31], "0.61", S[4], S[43], U + "acv . box . carbone . distribution", 2022, "FR", S[0], "acv . box . carbone . distribution; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[44], S[45]],
  ["proxy-borne-wifi-gwp-eol", S[42], "gwp", S[32], "1.63", S[4], S[43], U + "acv . box . carbone . fin de vie", 2022, "FR", S[0], "acv . box . carbone . fin de vie; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[44], S[45]],
  ["proxy-borne-wifi-lifespan", S[42], "lifetime", "", "5", "year", S[43], U + "acv . box . durée de vie théorique", 2022, "FR", S[0], "acv . box . durée de vie théorique; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[44], S[45]],
  ["proxy-borne-wifi-power-active", S[42], "power", "", "8", "W", S[43], U + "acv . box . consommation en mode actif", 2022, "FR", S[0], "acv . box . consommation en mode actif; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[44], S[45]],
  ["proxy-borne-wifi-use-hours", S[42], S[33], "", "24", "h/day", S[43], U + "acv . box . profil utilisation théorique", 2022, "FR", S[0], "acv . box . profil utilisation théorique; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[44], S[45]],
  ["proxy-ecran-interactif-gwp-fab", S[46], "gwp", S[3], "325", S[4], S[43], U + "acv . TV . carbone . fabrication", 2022, "FR", S[0], "zone de la table : « FR (world production) » ; acv . TV . carbone . fabrication = 325000 gCO2e; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[47], S[48]],
  ["proxy-ecran-interactif-gwp-dist", S[46], "gwp", S[31], "3.26", S[4], S[43], U + "acv . TV . carbone . distribution", 2022, "FR", S[0], "acv . TV . carbone . distribution; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[47], S[48]],
  ["proxy-ecran-interactif-gwp-eol", S[46], "gwp", S[32], "11.9", S[4], S[43], U + "acv . TV . carbone . fin de vie", 2022, "FR", S[0], "acv . TV . carbone . fin de vie; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[47], S[48]],
  ["proxy-ecran-interactif-lifespan", S[46], "lifetime", "", "8", "year", S[43], U + "acv . TV . durée de vie théorique", 2022, "FR", S[0], "acv . TV . durée de vie théorique; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[47], S[48]],
  ["proxy-ecran-interactif-power-active", S[46], "power", "", "65", "W", S[43], U + "acv . TV . consommation en mode actif", 2022, "FR", S[0], "acv . TV . consommation en mode actif; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[47], S[48]],
  ["proxy-ecran-interactif-use-hours", S[46], S[33], "", "3", "h/day", S[43], U + "acv . TV . profil utilisation théorique", 2022, "FR", S[0], "acv . TV . profil utilisation théorique; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[47], S[48]],
  ["paper-dinum-ream-a4-80g-gwp", "ramette_a4_80g", "gwp", S[3], "2.29", S[4], "DINUM MiNumEco, « Impact des bonnes pratiques » n° 6 « Organiser son environnement de travail » (2021-11-23), citing ADEME (Centre de ressources bilans GES; Guide de la communication responsable)", "github:DISIC/MiNumEco@70420fb160dcd42876d15d04f37921cf97c7541c:publications/impact-bonnes-pratiques/bonne-pratique-6-organiser-environnement-de-travail.md", 2021, "FR", "French government publication (licence of the page not stated in the file read); figure from ADEME", "« Une ramette A4 80g/m2 hors utilisation et fin de vie : 2,29 kg eq CO2 »; secondary source (ADEME figure quoted by DINUM): unconfirmed, no range published; the same page counts about 3 reams per employee per month ; licence lue : French government publication (licence of the page not stated in the file read); figure from ADEME", "Ramette de papier A4 80 g/m² (500 feuilles)", "Ream of A4 80 g/m² paper (500 sheets)"],
  ["proxy-chargeur-ordinateur-lifespan", "chargeur_ordinateur", "lifetime", "", "5", "year", S[43], U + "acv . ordinateur portable . durée de vie théorique", 2022, "FR", S[0], "acv . ordinateur portable . durée de vie théorique; unconfirmed: ADEME's model gives the power supply no lifetime of its own; it is taken as the lifetime of the device it comes with ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", "Alimentation externe d'ordinateur portable", "Laptop external power supply"],
  ["proxy-chargeur-smartphone-lifespan", "chargeur_smartphone", "lifetime", "", "2.5", "year", S[43], U + "acv . smartphone . durée de vie théorique", 2022, "FR", S[0], "acv . smartphone . durée de vie théorique; unconfirmed: ADEME's model gives the power supply no lifetime of its own; it is taken as the lifetime of the device it comes with ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", "Alimentation externe de smartphone ou tablette", "Smartphone or tablet external power supply"],
];

/**
 * The French factor pack `fr-ademe` 1.0.0: ADEME device figures (greenhouse gases per stage,
 * lifetime, power, hours of use per day), French grid intensity by year (ADEME Base Empreinte), French
 * fixed and mobile network per GB, French data-centre PUE (Arcep), server and storage manufacturing.
 * Generated by `scripts/generate-pack.ts`; every row carries its source, year and licence.
 *
 * @example
 * ```ts
 * import { frAdeme_1_0_0 } from "@nrs/footprint";
 * console.log(frAdeme_1_0_0.version, frAdeme_1_0_0.generatedFrom[0]?.name); // "1.0.0" "@incubateur-ademe/publicodes-acv-numerique"
 * ```
 */
export const frAdeme_1_0_0: FactorPack = /* @__PURE__ */ generatedFactorPack(
  {
    id: "fr-ademe",
    version: "1.0.0",
    title: {"fr":"Facteurs ADEME pour la France","en":"ADEME factors for France"},
    description: {
      fr: "Équipements (ADEME, Base Empreinte « bdd numérique »), électricité française par année (Base Empreinte), réseaux fixe et mobile français par Go, PUE des centres de données français (Arcep), fabrication des serveurs et du stockage.",
      en: "Devices (ADEME, Base Empreinte 'bdd numérique'), French electricity by year (Base Empreinte), French fixed and mobile networks per GB, French data-centre PUE (Arcep), server and storage manufacturing.",
    },
    generatedFrom: [
      {"name":"@incubateur-ademe/publicodes-acv-numerique","version":"2.1.0","licence":"MIT (code); ADEME Base Empreinte conditions (data)","url":"https://www.npmjs.com/package/@incubateur-ademe/publicodes-acv-numerique"},
      {"name":"packages/footprint/data/factors-fr.csv","version":"42709b849d03","licence":"per row"},
    ],
  },
  [.../* @__PURE__ */ ademeDeviceRows(D, U, "ADEME, Base Empreinte « bdd numérique » (étude NegaOctet–ADEME 2022, certaines valeurs mises à jour), via le paquet npm @incubateur-ademe/publicodes-acv-numerique", S[0], 2022), ...R],
);
