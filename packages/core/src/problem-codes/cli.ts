import { meaning, type ProblemMeaning } from "./problem-meaning.js";

/** @internal The codes of @nrs/cli and what each means. */
export const CLI_CODES = {
  NRS_BILAN_YEAR_MISMATCH: meaning(
    "Le bilan … déclare l'année … : le nom du fichier et l'année doivent concorder.",
    "The bilan … declares year …: the file name and the year must agree.",
  ),
  NRS_CLI_BAD_EXPORT: meaning("Export inconnu.", "Unknown export."),
  NRS_CLI_BAD_FORMAT: meaning("Format de sortie inconnu.", "Unknown output format."),
  NRS_CLI_BAD_LANG: meaning("Langue inconnue (fr ou en).", "Unknown language (fr or en)."),
  NRS_CLI_BAD_OPTION: meaning("Option inconnue de la commande.", "Unknown option for the command."),
  NRS_CLI_BAD_VALUE: meaning("Valeur inconnue pour une option.", "Unknown value for an option."),
  NRS_CLI_BAD_YEAR: meaning("Année invalide : « … » (quatre chiffres, ex. 2024).", 'Invalid year: "…" (four digits, e.g. 2024).'),
  NRS_CLI_CANNOT_WRITE: meaning("Impossible d'écrire … (…).", "Cannot write … (…)."),
  NRS_CLI_DATA_ERRORS: meaning(
    "Les documents ou les données du projet sont absents ou contiennent des erreurs : le résultat serait faux ou incomplet.",
    "The project's documents or data are missing or hold errors: the result would be wrong or incomplete.",
  ),
  NRS_CLI_EMPTY_VALUE: meaning("L'option --… attend une valeur non vide.", "The --… option needs a value that is not empty."),
  NRS_CLI_ENTITY_NOT_REPORTABLE: meaning(
    "L'entité de --entite n'est pas une collectivité de collectivite.json qui puisse avoir son bilan (inconnue, ou commune membre sans SIREN ni population).",
    "The entity of --entite is not a collectivité of collectivite.json that can have its own bilan (unknown, or a member commune without SIREN or population).",
  ),
  NRS_CLI_EXTRA_ARGUMENT: meaning("Argument en trop : « … ».", 'Unexpected argument: "…".'),
  NRS_CLI_INTERNAL: meaning("Erreur interne de nrs : …", "Internal error in nrs: …"),
  NRS_CLI_IO: meaning("Erreur de fichier (…) : …", "File error (…): …"),
  NRS_CLI_MISSING_VALUE: meaning("L'option --… attend une valeur.", "The --… option needs a value."),
  NRS_CLI_NOT_EMPTY: meaning("Le dossier n'est pas vide : …", "The folder is not empty: …"),
  NRS_CLI_NO_DATA: meaning("Aucune année avec … dans ….", "No year with … in …."),
  NRS_CLI_NO_DATA_FOR_YEAR: meaning("Pas de … pour … dans ….", "No … for … in …."),
  NRS_CLI_NO_DIR: meaning("Dossier absent.", "No folder."),
  NRS_CLI_NO_FOLDER: meaning("La commande « … » attend un dossier de projet.", 'The "…" command needs a project folder.'),
  NRS_CLI_NO_OUT: meaning("L'export a besoin d'un fichier de sortie.", "The export needs an output file."),
  NRS_CLI_NO_PROJECT: meaning("Dossier de projet introuvable : …", "Project folder not found: …"),
  NRS_CLI_NO_SIRET: meaning(
    "La déclaration AGEC art. 58 demande le SIRET de l'acheteur, et … n'en a pas.",
    "The AGEC art. 58 declaration needs the buyer's SIRET, and … has none.",
  ),
  NRS_CLI_REPEATED_OPTION: meaning("L'option --… est donnée deux fois.", "The --… option is given twice."),
  NRS_CLI_UNKNOWN_COMMAND: meaning("Commande inconnue.", "Unknown command."),
  NRS_COLLECTED_AND_COMPUTED: meaning(
    "Valeur collectée écartée : le SDK calcule cet indicateur à partir des fichiers de données.",
    "Collected value set aside: the SDK computes this indicator from the data files.",
  ),
  NRS_FILE_MISSING: meaning("Fichier absent.", "File is missing."),
  NRS_FILE_UNREADABLE: meaning("Fichier illisible : …", "Cannot read file: …"),
  NRS_INVALID_ENUM: meaning("Valeur hors de la liste des valeurs permises.", "Value not among the allowed values."),
  NRS_JSON_DUPLICATE_KEY: meaning(
    "Clé « … » donnée deux fois dans le même objet : une des deux valeurs serait perdue.",
    'Key "…" given twice in the same object: one of the two values would be lost.',
  ),
  NRS_JSON_SYNTAX: meaning("JSON invalide : …", "Invalid JSON: …"),
  NRS_PLACEHOLDER_SIREN: meaning(
    "Le SIREN … est la valeur d'exemple de nrs init : remplacez-le par celui de la collectivité (et dans la référence « collectivite » des autres documents).",
    'SIREN … is the example value written by nrs init: replace it with the collectivité\'s own (and in the "collectivite" reference of the other documents).',
  ),
  NRS_PROBLEMS_NOT_LISTED: meaning("… autres problèmes non listés.", "… more problems not listed."),
  NRS_CLI_CANNOT_READ: meaning("Impossible de lire le fichier.", "Cannot read the file."),
  NRS_CLI_COMPARE_NOTHING: meaning(
    "Ni un dossier de projet (collectivite.json) ni un dossier de projets.",
    "Neither a project folder (collectivite.json) nor a folder of projects.",
  ),
  NRS_CLI_MISSING_ARGUMENT: meaning(
    "Argument manquant (au moins deux dossiers de projet ou fichiers CSV publiés pour comparer).",
    "Missing argument (at least two project folders or published CSV files to compare).",
  ),
  NRS_CLI_NOT_FOUND: meaning("Le fichier ou le dossier n'existe pas.", "The file or folder does not exist."),
  NRS_CLI_NOT_UTF8: meaning("Le fichier n'est pas en UTF-8.", "The file is not UTF-8."),
  NRS_COMPARE_YEAR_MISSING: meaning("Aucune valeur mesurée pour l'année comparée.", "No measured value for the year compared."),
  NRS_CLI_OUT_REQUIRED: meaning(
    "Ce format s'écrit dans un fichier : --out est obligatoire.",
    "This format is written to a file: --out is required.",
  ),
  NRS_CLI_BAD_OUT: meaning(
    "--out désigne un fichier que le projet lit, ou un dossier de données : refusé.",
    "--out names a file the project reads, or a data folder: refused.",
  ),
  NRS_CLI_DANGLING_LINK: meaning("Le lien symbolique … pointe vers un fichier absent.", "The symbolic link … points to a missing file."),
  NRS_CLI_LINK_LOOP: meaning("Les liens symboliques de … forment une boucle.", "The symbolic links of … form a loop."),
  NRS_CLI_NOT_A_FILE: meaning(
    "… n'est pas un fichier ordinaire (dossier, tube, périphérique).",
    "… is not a regular file (folder, pipe, device).",
  ),
  NRS_CLI_NOT_A_FOLDER: meaning("… n'est pas un dossier.", "… is not a folder."),
  NRS_CLI_TOO_LARGE: meaning("Fichier trop volumineux pour être lu en entier.", "File too large to be read whole."),
  NRS_CLI_UNREADABLE: meaning("… ne peut pas être lu (droits).", "… cannot be read (permissions)."),
  NRS_FACTOR_PACK_OUTSIDE: meaning(
    "Le pack de facteurs … est hors du dossier du projet (liens suivis) : refusé.",
    "The factor pack … is outside the project folder (links followed): refused.",
  ),
  NRS_FACTOR_PACK_TOO_LARGE: meaning("Le pack de facteurs … dépasse la taille permise.", "The factor pack … is larger than allowed."),
  NRS_FILE_BAD_ENCODING: meaning("Le fichier n'est pas en UTF-8.", "The file is not UTF-8."),
  NRS_STRAY_ENTRY: meaning("Entrée inattendue dans le dossier du projet (ignorée).", "Unexpected entry in the project folder (ignored)."),
  NRS_TERRITORY_NO_POPULATION: meaning(
    "Empreinte du territoire impossible : population de la collectivité absente.",
    "No territory footprint: the collectivité's population is missing.",
  ),
} as const satisfies Readonly<Record<string, ProblemMeaning>>;
