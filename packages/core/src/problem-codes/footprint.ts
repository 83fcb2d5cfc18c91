import { meaning, type ProblemMeaning } from "./problem-meaning.js";

/** @internal The codes of @nrs/footprint and what each means. */
export const FOOTPRINT_CODES = {
  NRS_BAD_RANGE: meaning("Les jours amortis dépassent les jours en service.", "Amortised days exceed days in service."),
  NRS_BELOW_ONE: meaning("La valeur doit être au moins 1.", "Value must be at least 1."),
  NRS_CONFLICT: meaning("Donner soit deviceDays, soit des dates, pas les deux.", "Give either deviceDays or dates, not both."),
  NRS_DATE_ORDER: meaning(
    "La date de sortie (…) précède la date d'acquisition (…).",
    "The retirement date (…) is before the acquisition date (…).",
  ),
  NRS_DUPLICATE_FACTOR: meaning("Identifiant de facteur en double : … (déjà à la ligne …).", "Duplicate factor id: … (already at row …)."),
  NRS_FACTOR_NOT_FOUND: meaning(
    "Aucun facteur du jeu ne correspond à la demande (critère, étape, type, zone).",
    "No factor of the pack matches the query (criterion, stage, type, zone).",
  ),
  NRS_FACTOR_STAGE_MISSING: meaning(
    "Le facteur … (critère …) doit indiquer une étape du cycle de vie.",
    "Factor … (criterion …) must give a lifecycle stage.",
  ),
  NRS_FACTOR_UNIT: meaning(
    "Le facteur … (…, …) n'est pas une intensité carbone de l'électricité (gCO2e/kWh, kgCO2e/kWh ou tCO2e/kWh).",
    "Factor … (…, …) is not an electricity carbon intensity (gCO2e/kWh, kgCO2e/kWh or tCO2e/kWh).",
  ),
  NRS_INVALID_YEAR: meaning("Année attendue : nombre entier entre 1900 et 2200.", "Expected year: a whole number between 1900 and 2200."),
  NRS_INVENTORY_BAD_DATE: meaning(
    "Date … illisible : AAAA-MM-JJ ou JJ/MM/AAAA attendu.",
    "Unreadable date …: YYYY-MM-DD or DD/MM/YYYY expected.",
  ),
  NRS_INVENTORY_BAD_ENCODING: meaning(
    "L'en-tête contient des caractères illisibles : le fichier doit être enregistré en UTF-8.",
    "The header holds unreadable characters: the file must be saved as UTF-8.",
  ),
  NRS_INVENTORY_BAD_ENTITY: meaning(
    "Entité … invalide : « epci » ou un code INSEE, … caractères au plus, sans caractère illisible.",
    'Invalid entity …: "epci" or an INSEE code, at most … characters, no unreadable character.',
  ),
  NRS_INVENTORY_BAD_ITEM: meaning(
    "Élément d'inventaire invalide (type, quantité, origine, dates ou durée de vie).",
    "Invalid inventory item (type, quantity, origin, dates or lifetime).",
  ),
  NRS_INVENTORY_BAD_LOCATION: meaning(
    "Localisation … invalide : un code de zone comme FR est attendu.",
    "Invalid location …: a zone code such as FR is expected.",
  ),
  NRS_INVENTORY_BAD_PUE: meaning("Le PUE est compris entre 1 et 5.", "A PUE lies between 1 and 5."),
  NRS_INVENTORY_DATE_ORDER: meaning(
    "La date de sortie … précède la date d'acquisition ….",
    "The retirement date … is before the acquisition date ….",
  ),
  NRS_INVENTORY_DATE_RANGE: meaning("Date … hors de la plage …–….", "Date … outside …–…."),
  NRS_INVENTORY_DUPLICATE_COLUMN: meaning("La colonne « … » apparaît deux fois (…).", 'Column "…" appears twice (…).'),
  NRS_INVENTORY_EMPTY: meaning(
    "Le fichier d'inventaire est vide : il faut au moins une ligne d'en-tête.",
    "The inventory file is empty: a header line is needed at least.",
  ),
  NRS_INVENTORY_EMPTY_CLOUD: meaning(
    "Aucun usage cloud indiqué (vcpu_heures, memoire_go_heures, stockage…, reseau_go).",
    "No cloud usage given (vcpu_heures, memoire_go_heures, storage…, reseau_go).",
  ),
  NRS_INVENTORY_EXTRA_CELLS: meaning(
    "La ligne a … cellules pour … colonnes : séparateur en trop ou guillemets manquants ?",
    "The line has … cells for … columns: a stray separator or missing quotes?",
  ),
  NRS_INVENTORY_MISSING_COLUMN: meaning(
    "Colonne obligatoire « … » absente de l'en-tête.",
    'Required column "…" is missing from the header.',
  ),
  NRS_INVENTORY_NOT_A_LIST: meaning(
    'Un inventaire JSON est un tableau d\'objets (ou { "equipements": [...] }).',
    'A JSON inventory is an array of objects (or { "equipements": [...] }).',
  ),
  NRS_INVENTORY_NOT_INTEGER: meaning("La quantité … doit être un nombre entier.", "Quantity … must be a whole number."),
  NRS_INVENTORY_NO_LIFETIME: meaning(
    "Aucune durée de vie par défaut pour le type « … » : renseignez duree_vie_annees.",
    'No default lifetime for type "…": fill in duree_vie_annees.',
  ),
  NRS_INVENTORY_NO_ROWS: meaning(
    "L'inventaire n'a que sa ligne d'en-tête, aucun équipement.",
    "The inventory has a header line and no equipment.",
  ),
  NRS_INVENTORY_REQUIRED: meaning("Le type d'équipement est vide.", "The equipment type is empty."),
  NRS_INVENTORY_TOO_LARGE: meaning("Valeur … trop grande (au plus …).", "Value … is too large (at most …)."),
  NRS_INVENTORY_TOO_MANY_PROBLEMS: meaning(
    "… autres problèmes n'ont pas été listés (limite de …).",
    "… more problems were not listed (limit of …).",
  ),
  NRS_INVENTORY_UNKNOWN_COLUMN: meaning("Colonne … inconnue : elle est ignorée.", "Unknown column …: it is ignored."),
  NRS_INVENTORY_UNKNOWN_ORIGIN: meaning(
    "Origine … inconnue : neuf, reemploi ou reconditionne.",
    "Unknown origin …: neuf (new), reemploi (reused) or reconditionne (refurbished).",
  ),
  NRS_INVENTORY_UNKNOWN_TYPE: meaning("Type d'équipement … inconnu (types connus : …).", "Unknown equipment type … (known types: …)."),
  NRS_NOT_INTEGER: meaning("Un nombre entier est attendu.", "A whole number is expected."),
  NRS_NO_PACK: meaning("Aucun jeu de facteurs à fusionner.", "No factor pack to merge."),
  NRS_OPTION_NOT_IN_VERSION: meaning(
    "greenHostingFactor n'existe que dans la version 4 du modèle SWD ; en version 3, passez green = true.",
    "greenHostingFactor exists only in version 4 of the SWD model; with version 3, pass green = true.",
  ),
  NRS_PACK_MISSING: meaning(
    "Un jeu de facteurs (pack) est attendu, par exemple defaultFactorPack.",
    "A factor pack is expected, e.g. defaultFactorPack.",
  ),
  NRS_PUE_BELOW_ONE: meaning("Un PUE est au moins égal à 1.", "A PUE is at least 1."),
  NRS_SHARE_ABOVE_ONE: meaning("Une part doit être comprise entre 0 et 1.", "A share must be between 0 and 1."),
  NRS_UNIT_MISMATCH: meaning("Impossible de convertir … en … : grandeurs différentes.", "Cannot convert … to …: different dimensions."),
  NRS_UNKNOWN_DEVICE_TYPE: meaning(
    "Le jeu de facteurs n'a aucun facteur de fabrication pour ce type d'équipement.",
    "The factor pack has no manufacturing factor for this device type.",
  ),
  NRS_UNKNOWN_HOST_FAMILY: meaning(
    "Famille d'hôtes inconnue ; familles fournies : … (ou donnez { hostKgCO2e, hostVcpus }).",
    "Unknown host family; shipped families: … (or give { hostKgCO2e, hostVcpus }).",
  ),
  NRS_UNKNOWN_REGION: meaning(
    "Région … inconnue : « … ». Régions fournies : …. Pour une autre région, donnez gridKgCO2ePerKWh (et sa source).",
    'Unknown … region: "…". Shipped regions: …. For another region, give gridKgCO2ePerKWh (and its source).',
  ),
  NRS_UNKNOWN_UNIT: meaning("Unité inconnue : ….", "Unknown unit: …."),
  NRS_INVENTORY_PROFILE_DETECTED: meaning(
    "Profil d'export d'inventaire reconnu à son en-tête (GLPI, OCS, Snipe-IT…).",
    "Inventory export profile recognised from its header (GLPI, OCS, Snipe-IT…).",
  ),
  NRS_INVENTORY_PROFILE_NEEDS_TYPE: meaning(
    "Ce profil d'export ne donne pas le type d'équipement : indiquez-le dans les réglages.",
    "This export profile gives no device type: set it in the settings.",
  ),
  NRS_INVENTORY_UNKNOWN_LAYOUT: meaning(
    "En-tête d'inventaire non reconnu (ni le format nrs ni un profil connu).",
    "Inventory header not recognised (neither the nrs format nor a known profile).",
  ),
  NRS_INVENTORY_UNKNOWN_STATUS: meaning("Statut d'équipement inconnu dans l'export.", "Unknown device status in the export."),
  NRS_INVENTORY_NO_ACQUISITION_DATE: meaning("Équipement sans date d'acquisition.", "Device without an acquisition date."),
  NRS_TERRITORY_NO_NATIONAL_FIGURE: meaning(
    "Le pack ne donne pas le chiffre national d'un segment pour cette édition.",
    "The pack gives no national figure of a segment for this edition.",
  ),
  NRS_TERRITORY_BAD_COUNT: meaning(
    "Compte local invalide (négatif, non entier ou absurde).",
    "Invalid local count (negative, not whole or absurd).",
  ),
  NRS_TERRITORY_HOUSEHOLDS_ABOVE_POPULATION: meaning("Plus de ménages que d'habitants.", "More households than inhabitants."),
  NRS_TERRITORY_UNKNOWN_EDITION: meaning("Édition inconnue de l'évaluation ADEME–Arcep.", "Unknown edition of the ADEME–Arcep assessment."),
  NRS_TERRITORY_BAD_PUE: meaning("PUE de centre de données hors bornes (1 à 5).", "Data centre PUE out of bounds (1 to 5)."),
} as const satisfies Readonly<Record<string, ProblemMeaning>>;
