import type { Message } from "@nrs/core";

/**
 * What a device type is: an end-user device, a peripheral, or a server (computed as hosting does:
 * 24 hours a day, times the room's PUE).
 *
 * @example
 * ```ts
 * import { DEVICE_TYPES, type DeviceKind } from "@nrs/footprint";
 * const kinds: DeviceKind[] = [...new Set(DEVICE_TYPES.map((t) => t.kind))];
 * console.log(kinds); // ["terminal", "peripheral", "server"]
 * ```
 */
export type DeviceKind = "terminal" | "peripheral" | "server";

/**
 * A pack row that a device type's footprint reads: an embodied stage of its `gwp` (per unit), or a
 * use parameter (`lifetime` in years, `power` in W, `hoursPerDay`). Its `item` in the pack is the type code.
 *
 * @example
 * ```ts
 * import { DEVICE_TYPES, type DeviceFactorKey } from "@nrs/footprint";
 * const keys: readonly DeviceFactorKey[] | undefined = DEVICE_TYPES.find((t) => t.code === "serveur")?.factors;
 * console.log(keys); // ["manufacturing", "lifetime", "power"]
 * ```
 */
export type DeviceFactorKey = "manufacturing" | "distribution" | "endOfLife" | "lifetime" | "power" | "hoursPerDay";

/**
 * One entry of the device-type registry: the canonical French code (also the `item` of its factor-pack
 * rows), the other spellings accepted in French and in English, a French and English label, its kind,
 * and the pack rows its footprint reads.
 *
 * @example
 * ```ts
 * import { DEVICE_TYPES, type DeviceTypeDefinition } from "@nrs/footprint";
 * const t: DeviceTypeDefinition | undefined = DEVICE_TYPES.find((d) => d.code === "tablette");
 * console.log(t?.aliases.en, t?.label.fr); // ["tablet"] "Tablette"
 * ```
 */
export interface DeviceTypeDefinition {
  /** Canonical French code, also the `item` of the type's factor-pack rows. */
  readonly code: string;
  /** Other accepted spellings (any case, with or without accents), French ones and English ones. */
  readonly aliases: { readonly fr: readonly string[]; readonly en: readonly string[] };
  /** Name in French and English. */
  readonly label: Message;
  /** End-user device, peripheral or server. */
  readonly kind: DeviceKind;
  /** The pack rows its footprint reads (a missing `manufacturing` row leaves the type uncomputed). */
  readonly factors: readonly DeviceFactorKey[];
}

// What an end-user device or peripheral reads from the pack (ADEME's device figures), and a server
// (hours default to 24 a day; the data-centre PUE is a row of its own).
const END_USER: readonly DeviceFactorKey[] = ["manufacturing", "distribution", "endOfLife", "lifetime", "power", "hoursPerDay"];
const SERVER: readonly DeviceFactorKey[] = ["manufacturing", "lifetime", "power"];
// Types whose sources give no use-phase power: their use stage is absent unless a line gives its
// measured kWh (see docs/methodology/footprint-devices-hosting.md).
const EMBODIED_ONLY: readonly DeviceFactorKey[] = ["manufacturing", "distribution", "endOfLife", "lifetime"];
const MANUFACTURING_ONLY: readonly DeviceFactorKey[] = ["manufacturing", "lifetime"];

/**
 * The device-type registry: the one list from which the inventory reader's accepted types, its error
 * texts, `INVENTORY_TYPES` and the documentation's table derive. Adding a type is one entry here plus
 * its rows in a factor pack (see `docs/contributing.md`).
 *
 * @example
 * ```ts
 * import { DEVICE_TYPES } from "@nrs/footprint";
 * console.log(DEVICE_TYPES[0]?.code, DEVICE_TYPES.some((t) => t.aliases.en.includes("laptop"))); // "ordinateur_portable" true
 * ```
 */
export const DEVICE_TYPES: readonly DeviceTypeDefinition[] = [
  {
    code: "ordinateur_portable",
    aliases: { fr: ["portable", "pc_portable", "ultraportable"], en: ["laptop", "notebook"] },
    label: { fr: "Ordinateur portable", en: "Laptop" },
    kind: "terminal",
    factors: END_USER,
  },
  {
    code: "ordinateur_fixe",
    aliases: {
      fr: [
        "fixe",
        "pc_fixe",
        "unite_centrale",
        "ordinateur_de_bureau",
        "poste_fixe",
        "poste_de_travail",
        "tour",
        "mini_pc",
        "station_de_travail",
      ],
      en: ["desktop", "desktop_computer", "tower", "workstation"],
    },
    label: { fr: "Ordinateur fixe (sans écran)", en: "Desktop computer (without screen)" },
    kind: "terminal",
    factors: END_USER,
  },
  {
    code: "ecran",
    aliases: { fr: ["moniteur", "ecran_ordinateur"], en: ["monitor", "screen", "display"] },
    label: { fr: "Écran", en: "Monitor" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "smartphone",
    aliases: { fr: ["telephone_mobile", "mobile", "ordiphone", "telephone_portable"], en: ["mobile_phone", "cell_phone"] },
    label: { fr: "Smartphone", en: "Smartphone" },
    kind: "terminal",
    factors: END_USER,
  },
  {
    code: "telephone_basique",
    aliases: { fr: ["mobile_basique", "telephone_mobile_basique"], en: ["feature_phone", "basic_phone"] },
    label: { fr: "Téléphone mobile basique", en: "Feature phone" },
    kind: "terminal",
    factors: ["manufacturing", "endOfLife", "lifetime"],
  },
  { code: "tablette", aliases: { fr: [], en: ["tablet"] }, label: { fr: "Tablette", en: "Tablet" }, kind: "terminal", factors: END_USER },
  {
    code: "imprimante",
    aliases: {
      fr: ["multifonction", "imprimante_multifonction", "copieur", "photocopieur", "imprimante_laser", "imprimante_jet_d_encre"],
      en: ["printer", "copier", "multifunction_printer", "mfp"],
    },
    label: { fr: "Imprimante", en: "Printer" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "videoprojecteur",
    aliases: { fr: ["projecteur", "video_projecteur"], en: ["projector", "video_projector", "videoprojector"] },
    label: { fr: "Vidéoprojecteur", en: "Video projector" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "televiseur",
    aliases: { fr: ["television", "tele"], en: ["tv"] },
    label: { fr: "Téléviseur", en: "Television" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "box_internet",
    aliases: { fr: ["box"], en: ["internet_box"] },
    label: { fr: "Box internet", en: "Internet box" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "disque_dur_externe",
    aliases: { fr: ["disque_externe"], en: ["external_hdd", "external_hard_drive"] },
    label: { fr: "Disque dur externe", en: "External hard drive" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "ssd_externe",
    aliases: { fr: [], en: ["external_ssd"] },
    label: { fr: "SSD externe", en: "External SSD" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "cle_usb",
    aliases: { fr: [], en: ["usb_key", "usb_stick"] },
    label: { fr: "Clé USB", en: "USB key" },
    kind: "peripheral",
    factors: END_USER,
  },
  { code: "serveur", aliases: { fr: [], en: ["server"] }, label: { fr: "Serveur", en: "Server" }, kind: "server", factors: SERVER },
  {
    code: "switch",
    aliases: { fr: ["commutateur", "commutateur_reseau", "switch_reseau"], en: ["network_switch"] },
    label: { fr: "Commutateur réseau (switch)", en: "Network switch" },
    kind: "peripheral",
    factors: MANUFACTURING_ONLY,
  },
  {
    code: "routeur",
    aliases: { fr: [], en: ["router"] },
    label: { fr: "Routeur", en: "Router" },
    kind: "peripheral",
    factors: MANUFACTURING_ONLY,
  },
  {
    code: "pare_feu",
    aliases: { fr: ["parefeu"], en: ["firewall"] },
    label: { fr: "Pare-feu", en: "Firewall" },
    kind: "peripheral",
    factors: MANUFACTURING_ONLY,
  },
  {
    code: "borne_wifi",
    aliases: {
      fr: ["borne_wi_fi", "point_d_acces_wifi", "point_d_acces_wi_fi", "point_d_acces", "borne_d_acces_wifi"],
      en: ["wifi_access_point", "wi_fi_access_point", "wireless_access_point", "access_point"],
    },
    label: { fr: "Borne Wi-Fi (point d'accès)", en: "Wi-Fi access point" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "ecran_interactif",
    aliases: {
      fr: [
        "tbi",
        "eni",
        "tableau_blanc_interactif",
        "tableau_numerique_interactif",
        "ecran_numerique_interactif",
        "ecran_tactile_interactif",
      ],
      en: ["interactive_display", "interactive_whiteboard", "interactive_flat_panel"],
    },
    label: { fr: "Écran interactif (TBI, ENI)", en: "Interactive display (whiteboard)" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "camera_ip",
    aliases: {
      fr: ["camera", "camera_de_surveillance", "camera_de_videoprotection", "camera_de_videosurveillance"],
      en: ["ip_camera", "security_camera", "cctv_camera"],
    },
    label: { fr: "Caméra IP", en: "IP camera" },
    kind: "peripheral",
    factors: END_USER,
  },
  {
    code: "capteur_iot",
    aliases: { fr: ["capteur", "capteur_connecte", "objet_connecte"], en: ["iot_sensor", "connected_sensor", "sensor", "iot_device"] },
    label: { fr: "Capteur connecté (IoT)", en: "Connected sensor (IoT)" },
    kind: "peripheral",
    factors: EMBODIED_ONLY,
  },
  {
    code: "telephone_ip",
    aliases: {
      fr: ["telephone_fixe", "poste_telephonique", "telephone_de_bureau", "telephone_voip", "poste_ip"],
      en: ["ip_phone", "desk_phone", "voip_phone"],
    },
    label: { fr: "Téléphone IP de bureau", en: "IP desk phone" },
    kind: "terminal",
    factors: END_USER,
  },
  {
    code: "chargeur_ordinateur",
    aliases: {
      fr: ["chargeur_pc", "alimentation_ordinateur", "chargeur_portable", "bloc_d_alimentation"],
      en: ["laptop_charger", "laptop_power_supply"],
    },
    label: { fr: "Chargeur d'ordinateur portable", en: "Laptop charger" },
    kind: "peripheral",
    factors: EMBODIED_ONLY,
  },
  {
    code: "chargeur_smartphone",
    aliases: { fr: ["chargeur_telephone", "chargeur_tablette"], en: ["phone_charger", "smartphone_charger"] },
    label: { fr: "Chargeur de smartphone ou tablette", en: "Smartphone or tablet charger" },
    kind: "peripheral",
    factors: EMBODIED_ONLY,
  },
];
