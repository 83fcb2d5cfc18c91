import type { AssetColumnKey, AssetProfile } from "./asset-profile.js";

// Labels come from the product's own source or locale files; docs/formats/inventaire.md gives the file
// and commit of each, and says which French GLPI labels were not found in the locale file read (GLPI
// 9.4's fr_FR.po predates the decommission date). A label that is known but not needed maps to null:
// it is read silently instead of raising an "unknown column" warning.

/** French (fr_FR) and English labels of GLPI's asset list columns, by meaning. */
const GLPI_COLUMNS: Readonly<Record<string, AssetColumnKey | null>> = {
  Type: "type",
  Statut: "statut",
  Status: "statut",
  "Date d'achat": "date_acquisition",
  "Date of purchase": "date_acquisition",
  "Date de réforme": "date_sortie",
  "Decommission date": "date_sortie",
  "Numéro d'inventaire": "identifiant",
  "Inventory number": "identifiant",
  Modèle: "modele",
  Model: "modele",
  Commentaires: "commentaire",
  Comments: "commentaire",
  // Known, not needed by the footprint.
  ID: null,
  Nom: null,
  Name: null,
  Entité: null,
  Entity: null,
  Lieu: null,
  Location: null,
  Fabricant: null,
  Manufacturer: null,
  "Numéro de série": null,
  "Serial number": null,
  "Dernière modification": null,
  "Last update": null,
  "Date de création": null,
  "Creation date": null,
  "Date de mise en service": null,
  "Startup date": null,
  "Date de livraison": null,
  "Delivery date": null,
  "Date de commande": null,
  "Order date": null,
  "Date d'expiration de la garantie": null,
  "Warranty expiration date": null,
  Valeur: null,
  Value: null,
  Fournisseur: null,
  Supplier: null,
  Utilisateur: null,
  User: null,
  Usager: null,
  "Alternate username": null,
  Groupe: null,
  Group: null,
  "Responsable technique": null,
  "Technician in charge of the hardware": null,
  "Groupe technique": null,
  "Group in charge of the hardware": null,
  "Usager numéro": null,
  "Alternate username number": null,
  "Système d'exploitation - Nom": null,
  "Operating system - Name": null,
  "Système d'exploitation - Version": null,
  "Operating system - Version": null,
  "Composants - Processeur": null,
  "Components - Processor": null,
  Firmware: null,
  "Numéro de commande": null,
  "Order number": null,
  "Numéro de facture": null,
  "Invoice number": null,
};

/** OCS Inventory NG's "All computers" list: labels of `plugins/language/{fr_FR,en_GB}` by number. */
const OCS_COLUMNS: Readonly<Record<string, AssetColumnKey | null>> = {
  "Catégorie d'Actifs": "type",
  "Assets category": "type", // 2132
  Modèle: "modele",
  Model: "modele", // 65
  TAG: null, // the account-info tag, its label is the site's own
  Machine: null,
  Computer: null, // 23
  "Dernier inventaire": null,
  "Last inventory": null, // 46
  "Utilisateur connecté": null,
  "Connected user": null, // 24
  Systeme: null,
  "Operating system": null, // 25
  "RAM (Mo)": null,
  "RAM (MB)": null, // 568
  "CPU (MHz)": null, // 569
  Domaine: null,
  Domain: null, // 33
  "Adresse IP": null,
  "IP address": null, // 34
  "BIOS Numéro de série": null,
  "BIOS Serial number": null, // 36
  Description: null, // 53
  Fabricant: null,
  Manufacturer: null, // 64
  "Version BIOS": null,
  "BIOS Version": null, // 209
  "Date BIOS": null,
  "BIOS Date": null, // 210
  "Version du système": null,
  "OS Version": null, // 275
  "Fabricant du BIOS": null,
  "BIOS Manufacturer": null, // 284
  "Service pack": null, // 286
  "Type de processeur": null,
  "CPU type": null, // 350
  "Nombre de processeurs": null,
  "CPU number": null, // 351
  "Dernière visite": null,
  "Last come": null, // 352
  Architecture: null, // 1247
  "Id de la machine": null,
  "Computer Id": null, // 949
  "Adresse MAC": null,
  "MAC address": null, // 95
};

/** Snipe-IT's custom asset report (`ReportsController::postCustom`), English labels. */
const SNIPEIT_COLUMNS: Readonly<Record<string, AssetColumnKey | null>> = {
  Category: "type",
  Status: "statut",
  Purchased: "date_acquisition",
  "Asset Tag": "identifiant",
  Model: "modele",
  Notes: "commentaire",
  // "Type" is what the asset is checked out to (user, location, asset), not a device type.
  Type: null,
  Company: null,
  "Asset Name": null,
  "Model No.": null,
  Manufacturer: null,
  Serial: null,
  Cost: null,
  EOL: null,
  "Order Number": null,
  Supplier: null,
  Location: null,
  "Default Location": null,
  Address: null,
  City: null,
  State: null,
  Country: null,
  Zip: null,
  "Checked Out": null,
  Username: null,
  "Employee No.": null,
  Manager: null,
  Department: null,
  Title: null,
  Warranty: null,
  "Warranty Expires": null,
  Value: null,
  Diff: null,
  "Fully Depreciated": null,
  "Checkout Date": null,
  "Expected Checkin Date": null,
  "Created At": null,
  "Updated At": null,
  Deleted: null,
  "Last Audit": null,
  "Next Audit Date": null,
};

/**
 * The registry of asset-manager profiles: GLPI (French or English interface), OCS Inventory NG and
 * Snipe-IT. A CSV whose header matches one is read with it automatically; `nrs.json`'s
 * `inventaire.<id>` setting tunes it. To add a profile, add one entry here (see `docs/contributing.md`).
 *
 * @example
 * ```ts
 * import { ASSET_PROFILES } from "@nrs/footprint";
 * console.log(ASSET_PROFILES.map((p) => `${p.id}: ${p.label.en}`).join(", ")); // glpi: GLPI, ocs: OCS Inventory NG, snipeit: Snipe-IT
 * ```
 */
export const ASSET_PROFILES: readonly AssetProfile[] = [
  {
    id: "glpi",
    setting: "glpi",
    label: { fr: "GLPI", en: "GLPI" },
    signatures: [
      ["Nom", "Entité", "Statut"],
      ["Nom", "Entité", "Dernière modification"],
      ["Nom", "Entité", "Lieu"],
      ["Name", "Entity", "Status"],
      ["Name", "Entity", "Last update"],
      ["Name", "Entity", "Location"],
    ],
    columns: GLPI_COLUMNS,
    entityColumns: ["Entité", "Entity"],
    siteColumns: ["Lieu", "Location"],
    oneRowPerAsset: true,
    needsType: false,
    dayOrder: "dmy",
    source: "glpi-project/glpi: locales/fr_FR.po, src/Infocom.php, asset rawSearchOptions()",
  },
  {
    id: "ocs",
    setting: "ocs",
    label: { fr: "OCS Inventory NG", en: "OCS Inventory NG" },
    signatures: [
      ["Machine", "Dernier inventaire"],
      ["Computer", "Last inventory"],
    ],
    columns: OCS_COLUMNS,
    entityColumns: [],
    siteColumns: [],
    oneRowPerAsset: true,
    needsType: true,
    dayOrder: "dmy",
    source:
      "OCSInventory-NG/OCSInventory-ocsreports@8fa1acc6: plugins/main_sections/ms_all_computers/ms_all_computers.php, plugins/language/{fr_FR,en_GB}",
  },
  {
    id: "snipeit",
    setting: "snipeit",
    label: { fr: "Snipe-IT", en: "Snipe-IT" },
    signatures: [
      ["Asset Tag", "Category"],
      ["Asset Tag", "Purchased"],
      ["Asset Tag", "Status"],
    ],
    columns: SNIPEIT_COLUMNS,
    entityColumns: ["Company"],
    siteColumns: ["Location"],
    oneRowPerAsset: true,
    needsType: false,
    dayOrder: "dmy",
    source: "snipe/snipe-it: app/Http/Controllers/ReportsController.php (postCustom), resources/lang/en/admin/hardware/{table,form}.php",
  },
];
