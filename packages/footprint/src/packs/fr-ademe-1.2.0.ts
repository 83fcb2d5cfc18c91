// GENERATED FILE — do not edit. Regenerate with:
//   npx tsx --conditions=@nrs/source packages/footprint/scripts/generate-pack.ts
// Pack fr-ademe 1.2.0, generated from:
//   - npm @incubateur-ademe/publicodes-acv-numerique@2.1.0 (MIT code; ADEME data),
//     publicodes-acv-numerique.model.json sha256 0864b29cde8070419093c98957376882d2f3abca9c55ef5a5cceacf0e997c366
//   - packages/footprint/data/factors-fr.csv (rows copied from the project's sourced table shared/data/factors.csv, see FACTORS.md,
//     and rows derived from Boavizta environmental-footprint-data, ODbL 1.0, each flagged in its notes),
//     sha256 488812356343e78eb516ea5e39a95d70aa1b196eb87e87902503120ff2f3f63a
// Not shipped (FACTORS.md §5): water figures (unreliable ADEME end-of-life water, ecoinvent grid water),
// boaviztapi data files, ecoinvent data, the NegaOctet database beyond the values ADEME republishes.
// The rows were validated by defineFactorPack when this module was generated; they are written as tuples
// (see GeneratedRow and AdemeDevice) so that the pack stays small in a browser bundle.
// The figures are in fr-ademe-1.2.0-figures.ts; this module adds the notes and labels of the rows.
import type { FactorPack } from "./factor-pack.js";
import { ademeDeviceNotes, type AdemeDeviceText } from "./ademe-device-rows.js";
import { FR_ADEME_1_2_0_DEVICES, frAdemeFigures_1_2_0 } from "./fr-ademe-1.2.0-figures.js";
import { withGeneratedNotes, type GeneratedNotes } from "./generated-factor-pack.js";

const S = [
  /* 0 */ "Smartphone",
  /* 1 */ "Chiffres issus d'un rapport précédent à la v2.0.0 de la Base Empreinte.",
  /* 2 */ "Alimentation externe d'ordinateur portable",
  /* 3 */ "Laptop external power supply",
  /* 4 */ "Alimentation externe de smartphone ou tablette",
  /* 5 */ "Smartphone or tablet external power supply",
  /* 6 */ "année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; licence lue : MIT (code)",
  /* 7 */ "Unité de stockage",
  /* 8 */ "Storage unit",
  /* 9 */ "Électricité, France, mix moyen de consommation",
  /* 10 */ "Electricity, France, average consumption mix",
  /* 11 */ "Centres de données en France, PUE moyen",
  /* 12 */ "Data centres in France, average PUE",
  /* 13 */ "Vidéoprojecteur",
  /* 14 */ "Video projector",
  /* 15 */ "Commutateur réseau (switch)",
  /* 16 */ "Network switch",
  /* 17 */ "Téléphone mobile basique",
  /* 18 */ "Feature phone",
  /* 19 */ "Borne Wi-Fi (substitut : box internet ADEME)",
  /* 20 */ "Wi-Fi access point (stand-in: ADEME internet box)",
  /* 21 */ "Écran interactif, TBI, ENI (substitut : téléviseur ADEME)",
  /* 22 */ "Interactive display (stand-in: ADEME television)",
  /* 23 */ "Caméra IP (moyenne de caméras Google Nest, Boavizta)",
  /* 24 */ "IP camera (mean of Google Nest cameras, Boavizta)",
  /* 25 */ "Capteur connecté (moyenne de thermostats et détecteurs Google Nest, Boavizta)",
  /* 26 */ "Connected sensor (mean of Google Nest thermostats and detectors, Boavizta)",
] as const;

/** ADEME devices, in the order of FR_ADEME_1_2_0_DEVICES: [label fr, label en, ADEME's description]. */
const T: readonly AdemeDeviceText[] = [
  ["Ordinateur portable", "Laptop", "Laptop; average configuration: 14,6 inches screen, 1 CPU, 11 GB RAM, 497 GB SSD, 5 years lifespan;"],
  ["Ordinateur fixe professionnel (sans écran)", "Professional desktop (without screen)", "Desktop; profesional use; average configuration: 8 GB RAM, 1000 GB HDD, 256 GB SSD, separated graphic card, 6 years lifespan;"],
  ["Ordinateur fixe personnel (sans écran)", "Personal desktop (without screen)", "Desktop; personal use; average configuration: 1 CPU, 10 GB RAM, 1173 GB HDD, 442 GB SSD, mix of integrated or separated graphic card, 6 years lifespan;"],
  ["Écran d'ordinateur", "Computer monitor", "Computer monitors; average dimension (24 inches) and technology (98.6% LCD, 1.4% OLED), 6,6 years lifespan;"],
  [S[0], S[0], "Smartphone; average configuration: 6,61 inches screen mix of LCD and OLED technologies, 7,3 GB RAM, 180 GB memory, 2,5 years lifespan"],
  ["Tablette", "Tablet", "Tablet; average configuration: 10.44 inches screen mix of LCD screen, 4 GB RAM, 121 GB memory, 3 years lifespan;"],
  ["Téléviseur", "Television", "Television; use mix, personal use; average dimension (48 inches) and technology (86.7% LCD, 13.3% OLED), 8 years lifespan"],
  ["Box internet", "Internet box", "Modem; use mix, personal and professional use; xDSL, FTTx, 5 years lifespan; RAS"],
  ["Imprimante", "Printer", S[1]],
  ["Disque dur externe", "External hard drive", "External Hard Disk Drive (HDD); use mix; average capacity (1700 GB), 5 years lifespan;"],
  ["SSD externe", "External SSD", "External Solid State Drive (SSD); use mix; average capacity (870 GB), 5 years lifespan;"],
  ["Clé USB", "USB key", "USB key; use mix; average capacity (59.2 Go), 5 years lifespan; RAS"],
  ["Enceinte connectée", "Connected speaker", S[1]],
  ["Console de salon", "Home game console", S[1]],
  ["Console portable", "Handheld game console", S[1]],
  ["Casque de réalité virtuelle", "Virtual reality headset", "Moyenne de deux technologies (50% LCD, 50%OLED)"],
  ["Manette de casque de réalité virtuelle", "Virtual reality controller", ""],
  [S[2], S[3], "External power supply (EPS); use mix; for laptop, input AC 100-240V, output DC 19-20V;"],
  [S[4], S[5], "External power supply (EPS); use mix; for smartphone and tablet, input AC 100-240V, output DC 5-20V;"],
];

/** The other rows, in order: [notes, label fr, label en]. */
const N: readonly GeneratedNotes[] = [
  ["« puissance » du serveur, ADEME : source Borderstep ; la puissance en mode actif du modèle est 400 W ; année non indiquée par la source (2022 = année de l'étude NegaOctet–ADEME du paquet)"],
  ["puissance en mode actif d'une unité de stockage ; année non indiquée par la source (2022 = année de l'étude NegaOctet–ADEME du paquet)"],
  ["année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 748000 gCO2e; active power 400 W ('puissance en mode actif'); separate 'puissance' 367 W 'source Borderstep' ; licence lue : MIT (code); data origin not stated -> unconfirmed", "Serveur", "Server"],
  [S[6], "Serveur", "Server"],
  ["année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 144000 gCO2e; active power 6 W ; licence lue : MIT (code); data origin not stated -> unconfirmed", S[7], S[8]],
  [S[6], S[7], S[8]],
  ["'Intensité moyenne, tous types de consommations confondues, année 2022'; verify against Base Empreinte export ; licence lue : ADEME Base Carbone (ADEME conditions); package MIT", S[9], S[10]],
  ["UNCONFIRMED: note cites 'Electricité/2023' but description still says 'année 2022'; verify against Base Empreinte export ; licence lue : ADEME Base Carbone (ADEME conditions); package MIT", S[9], S[10]],
  ["smoothed over 2021-2024; verify against Base Empreinte export ; licence lue : ADEME Base Carbone (ADEME conditions); package MIT", S[9], S[10]],
  ["smoothed over 2022-2025; verify against Base Empreinte export ; licence lue : ADEME Base Carbone (ADEME conditions); package MIT", S[9], S[10]],
  ["valeur source 9.26934695867389 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau fixe, France (box comprise)", "Fixed network, France (box included)"],
  ["valeur source 24.6836791969497 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau mobile, France", "Mobile network, France"],
  ["valeur source 2.59 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau fixe, France (hors box)", "Fixed network, France (box excluded)"],
  ["1.51 in 2022; secondary source ; licence lue : Arcep publication", S[11], S[12]],
  ["secondary ; licence lue : Arcep publication", S[11], S[12]],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone de la table : « FR (world production) » ; source value 39200 gCO2e; 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[13], S[14]],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; source value 1321.15 gCO2e | item flag: 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[13], S[14]],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; source value 3260 gCO2e | item flag: 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[13], S[14]],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; 'durée de vie théorique' | item flag: 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[13], S[14]],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; 'consommation en mode actif' | item flag: 'issues des travaux encore en cours ... transmises par le service SONUM ... pas encore publiées dans la Base Empreinte' -> unconfirmed/unpublished ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[13], S[14]],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; 'profil utilisation théorique'; model: kWh/yr = W*h/day*365/1000 ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME 'Conditions d'utilisation des données Base Empreinte' v1.0 2025-04-30: publish/provide to third parties allowed for non-ecoinvent data); NegaOctet origin", S[13], S[14]],
  ["valeur source 30.8081869990301 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau fixe, Europe (box comprise)", "Fixed network, Europe (box included)"],
  ["valeur source 96.0097311973246 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau mobile, Europe", "Mobile network, Europe"],
  ["valeur source 14.4 gCO2e/GB ; année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : MIT (code); NegaOctet-origin data - check ADEME/NegaOctet terms before shipping", "Réseau fixe, Europe (hors box)", "Fixed network, Europe (box excluded)"],
  ["année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 367000 gCO2e; 1.468 switches per server (APL Datacenter market average) ; licence lue : MIT (code); data origin not stated -> unconfirmed", S[15], S[16]],
  [S[6], S[15], S[16]],
  ["année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 41200 gCO2e; 0.286 routers per server ; licence lue : MIT (code); data origin not stated -> unconfirmed", "Routeur", "Router"],
  [S[6], "Routeur", "Router"],
  ["année non indiquée par la source (« n/a ») ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; zone non indiquée par la source ; utilisée ici pour la France ; source value 355000 gCO2e ; licence lue : MIT (code); data origin not stated -> unconfirmed", "Pare-feu", "Firewall"],
  [S[6], "Pare-feu", "Firewall"],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; no distribution value given; end of life 0.1 kgCO2e ; licence lue : Code MIT (Datagir); data ADEME Base Empreinte (ADEME conditions v1.0 2025-04-30)", S[17], S[18]],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; licence lue : Code MIT (Datagir); data ADEME Base Empreinte (ADEME conditions v1.0 2025-04-30)", S[17], S[18]],
  ["période indiquée par la table : « 2022-2025 » ; 2022 = année de l'étude NegaOctet–ADEME du paquet ; slug 'telephonebasique', usage.defaultyears 2.5; usage.peryear is 0 (no use-phase figure) ; licence lue : Code MIT (Datagir); data ADEME Base Empreinte (ADEME conditions v1.0 2025-04-30)", S[17], S[18]],
  ["zone de la table : « FR (world production) » ; acv . box . carbone . fabrication = 60800 gCO2e; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[19], S[20]],
  ["acv . box . carbone . distribution; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[19], S[20]],
  ["acv . box . carbone . fin de vie; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[19], S[20]],
  ["acv . box . durée de vie théorique; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[19], S[20]],
  ["acv . box . consommation en mode actif; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[19], S[20]],
  ["acv . box . profil utilisation théorique; unconfirmed: stand-in, no public factor for an enterprise Wi-Fi access point was found; ADEME's box (modem + router + Wi-Fi, xDSL/FTTx) is the nearest device ADEME publishes ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[19], S[20]],
  ["zone de la table : « FR (world production) » ; acv . TV . carbone . fabrication = 325000 gCO2e; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[21], S[22]],
  ["acv . TV . carbone . distribution; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[21], S[22]],
  ["acv . TV . carbone . fin de vie; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[21], S[22]],
  ["acv . TV . durée de vie théorique; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[21], S[22]],
  ["acv . TV . consommation en mode actif; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[21], S[22]],
  ["acv . TV . profil utilisation théorique; unconfirmed: stand-in, no public factor for an interactive classroom display was found; ADEME's television (average 48 in, 86.7 % LCD) is the nearest device ADEME publishes; interactive displays are usually larger (65-86 in), so this is likely a low estimate ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[21], S[22]],
  ["« Une ramette A4 80g/m2 hors utilisation et fin de vie : 2,29 kg eq CO2 »; secondary source (ADEME figure quoted by DINUM): unconfirmed, no range published; the same page counts about 3 reams per employee per month ; licence lue : French government publication (licence of the page not stated in the file read); figure from ADEME", "Ramette de papier A4 80 g/m² (500 feuilles)", "Ream of A4 80 g/m² paper (500 sheets)"],
  ["acv . ordinateur portable . durée de vie théorique; unconfirmed: ADEME's model gives the power supply no lifetime of its own; it is taken as the lifetime of the device it comes with ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[2], S[3]],
  ["acv . smartphone . durée de vie théorique; unconfirmed: ADEME's model gives the power supply no lifetime of its own; it is taken as the lifetime of the device it comes with ; licence lue : Package code MIT; data ADEME Base Empreinte/Base IMPACTS (ADEME conditions v1.0 2025-04-30); NegaOctet origin", S[4], S[5]],
  ["DERIVED here, not a published factor: mean of gwp_total x gwp_manufacturing_ratio over the 3 rows (65 x 0.15 = 9.75; 80 x 0.38 = 30.4; 115 x 0.41 = 47.15); min/max = the lowest and the highest; year 2021 = the two dated reports; reports: https://www.gstatic.com/gumdrop/sustainability/nest-cam-indoor-wired-product-enviromental-report.pdf (October 2021), https://www.gstatic.com/gumdrop/sustainability/nest-cam-outdoor-indoor-wired-product-enviromental-report.pdf (August 2021), https://www.gstatic.com/gumdrop/sustainability/nestiqoutdoor-productenvironmenteeport.pdf (undated); the battery camera, Nest Cam (outdoor or indoor battery), is left out: an IP camera is powered by its network cable or the mains ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[23], S[24]],
  ["DERIVED here: mean of gwp_total x gwp_transport_ratio over the same 3 rows (0.65; 1.6; 2.3) = 1.5166..., rounded to 0.01 kg; min/max = the lowest and the highest ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[23], S[24]],
  ["DERIVED here: mean of gwp_total x gwp_eol_ratio over the same 3 rows (0.65; 0.8; 1.15) = 0.8666..., rounded to 0.01 kg; min/max = the lowest and the highest ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[23], S[24]],
  ["DERIVED here: mean of the lifetimes of the same 3 rows (5; 5; 3 years) = 4.333..., rounded to 0.01 year; range 3 to 5 years ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[23], S[24]],
  ["DERIVED here: mean yearly_tec of the 2 rows that give one (21 and 20 kWh/year; Nest Cam IQ Outdoor gives none) = 20.5 kWh/year, spread over the 8760 hours of a year: 20.5 / 8.76 = 2.3402 W, rounded to 0.01 W; range 2.28 to 2.40 W ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[23], S[24]],
  ["convention: the yearly consumption is spread over the whole year (a camera records continuously), so 2.34 W x 24 h x 365 / 1000 = 20.5 kWh/year (20.4984 with the rounded power) ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[23], S[24]],
  ["DERIVED here, not a published factor: mean of gwp_total x gwp_manufacturing_ratio over the 6 rows (30 x 0.82 = 24.6; 20 x 0.59 = 11.8; 30 x 0.74 = 22.2; 15 x 0.74 = 11.1; 15 x 0.88 = 13.2; 45 x 0.34 = 15.3) = 16.3666..., rounded to 0.01 kg; min/max = the lowest and the highest; year 2020 = the only dated report; the rows of the dataset's Home/IoT subcategory that are fixed sensing devices (thermostats, smoke and CO detectors), all with a 10-year lifetime; speakers, displays, doorbells, cameras and routers are left out; reports: https://www.gstatic.com/gumdrop/sustainability/nestthermostat3rdgen-productenvironmentreport.pdf, nest-thermostat-product-environmental-report.pdf (October 2020), nestthermostateeurope-productenvironmentreport.pdf, nestthermostatenorthamerica-productenvironmentreport.pdf, nestprotectbattery-productenvironmentreport.pdf, nestprotectwired-productenvironmentreport.pdf (same folder; undated but the second) ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[25], S[26]],
  ["DERIVED here: mean of gwp_total x gwp_transport_ratio over the same 6 rows (0.6; 0.6; 0.6; 0.3; 0.15; 0.45); min/max = the lowest and the highest ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[25], S[26]],
  ["DERIVED here: mean of gwp_total x gwp_eol_ratio over the same 6 rows (0.3; 0.2; 0.6; 0.15; 0.15; 0.45) = 0.3083..., rounded to 0.01 kg; min/max = the lowest and the highest ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[25], S[26]],
  ["the lifetime of each of the same 6 rows; the dataset gives no yearly consumption for them (their reports' use share runs from 10 % to 64 %): no use stage unless a line gives its kWh ; manufacturer-declared figures, n small: unconfirmed; the dataset's README: 'WE RECOMMAND NOT USING THESE DATA TO MAKE ACCURATE IMPACTS EVALUATIONS' ; licence lue : ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0", S[25], S[26]],
];

/**
 * The French factor pack `fr-ademe` 1.2.0: ADEME device figures (greenhouse gases per stage,
 * lifetime, power, hours of use per day), French grid intensity by year (ADEME Base Empreinte), French
 * fixed and mobile network per GB, French data-centre PUE (Arcep), server and storage manufacturing, IP
 * cameras and connected sensors (means of manufacturer reports in Boavizta's data, ODbL 1.0, unconfirmed).
 * Generated by `scripts/generate-pack.ts`; every row carries its source, year and licence.
 *
 * @example
 * ```ts
 * import { frAdeme_1_2_0 } from "@nrs/footprint";
 * console.log(frAdeme_1_2_0.version, frAdeme_1_2_0.generatedFrom[0]?.name); // "1.2.0" "@incubateur-ademe/publicodes-acv-numerique"
 * ```
 */
export const frAdeme_1_2_0: FactorPack = /* @__PURE__ */ withGeneratedNotes(frAdemeFigures_1_2_0, [.../* @__PURE__ */ ademeDeviceNotes(FR_ADEME_1_2_0_DEVICES, T), ...N]);
