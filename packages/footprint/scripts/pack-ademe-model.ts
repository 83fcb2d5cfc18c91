/**
 * What the pack generator reads from ADEME's npm package `@incubateur-ademe/publicodes-acv-numerique`
 * (its compiled publicodes model): the device figures per stage, lifetime, power and hours per day, and
 * the power of a data-centre server and storage unit, every unit checked against the one expected.
 */
import { Decimal } from "decimal.js";
import type { AdemeDevice, AdemeDeviceText, AdemeGrams } from "../src/packs/ademe-device-rows.js";
import { ADEME_PARAMETERS, ADEME_STAGES } from "../src/packs/ademe-device-rows.js";
import type { GeneratedRowFields } from "../src/packs/generated-factor-pack.js";

/** A row as the generator reads it: the shipped row, then its notes, label and range (min, max; "" for none). */
export type FullRow = readonly [...GeneratedRowFields, notes: string, labelFr?: string, labelEn?: string, min?: string, max?: string];

export type Rule = {
  valeur?: number | string;
  unité?: string;
  moyenne?: string[];
  description?: string;
  titre?: string;
  note?: string;
} | null;

export const ADEME_PACKAGE = "@incubateur-ademe/publicodes-acv-numerique";
export const ADEME_DEVICE_SOURCE =
  "ADEME, Base Empreinte « bdd numérique » (étude NegaOctet–ADEME 2022, certaines valeurs mises à jour), via le paquet npm " +
  ADEME_PACKAGE;
export const ADEME_LICENCE =
  "ADEME « Conditions d'utilisation des données Base Empreinte » (données hors ecoinvent ; citation de la source) ; origine NegaOctet ; code du paquet MIT";
export const STUDY_YEAR = 2022;

/** The ADEME device entries shipped, keyed by the publicodes name under `acv`, with the inventory type code. */
const DEVICES: readonly { rule: string; item: string; label: { fr: string; en: string } }[] = [
  { rule: "ordinateur portable", item: "ordinateur_portable", label: { fr: "Ordinateur portable", en: "Laptop" } },
  {
    rule: "ordinateur fixe pro",
    item: "ordinateur_fixe",
    label: { fr: "Ordinateur fixe professionnel (sans écran)", en: "Professional desktop (without screen)" },
  },
  {
    rule: "ordinateur fixe",
    item: "ordinateur_fixe_personnel",
    label: { fr: "Ordinateur fixe personnel (sans écran)", en: "Personal desktop (without screen)" },
  },
  { rule: "écran", item: "ecran", label: { fr: "Écran d'ordinateur", en: "Computer monitor" } },
  { rule: "smartphone", item: "smartphone", label: { fr: "Smartphone", en: "Smartphone" } },
  { rule: "tablette", item: "tablette", label: { fr: "Tablette", en: "Tablet" } },
  { rule: "TV", item: "televiseur", label: { fr: "Téléviseur", en: "Television" } },
  { rule: "box", item: "box_internet", label: { fr: "Box internet", en: "Internet box" } },
  { rule: "imprimante", item: "imprimante", label: { fr: "Imprimante", en: "Printer" } },
  { rule: "disque dur externe", item: "disque_dur_externe", label: { fr: "Disque dur externe", en: "External hard drive" } },
  { rule: "SSD externe", item: "ssd_externe", label: { fr: "SSD externe", en: "External SSD" } },
  { rule: "clé USB", item: "cle_usb", label: { fr: "Clé USB", en: "USB key" } },
  { rule: "enceinte", item: "enceinte_connectee", label: { fr: "Enceinte connectée", en: "Connected speaker" } },
  { rule: "console de salon", item: "console_de_salon", label: { fr: "Console de salon", en: "Home game console" } },
  { rule: "console portable", item: "console_portable", label: { fr: "Console portable", en: "Handheld game console" } },
  {
    rule: "casque de réalité virtuelle",
    item: "casque_realite_virtuelle",
    label: { fr: "Casque de réalité virtuelle", en: "Virtual reality headset" },
  },
  {
    rule: "manette casque de réalité virtuelle",
    item: "manette_realite_virtuelle",
    label: { fr: "Manette de casque de réalité virtuelle", en: "Virtual reality controller" },
  },
  {
    rule: "chargeur ordinateur",
    item: "chargeur_ordinateur",
    label: { fr: "Alimentation externe d'ordinateur portable", en: "Laptop external power supply" },
  },
  {
    rule: "chargeur smartphone",
    item: "chargeur_smartphone",
    label: { fr: "Alimentation externe de smartphone ou tablette", en: "Smartphone or tablet external power supply" },
  },
];

export function fail(message: string): never {
  throw new Error(`generate-pack: ${message}`);
}

export function rule(model: Record<string, Rule>, name: string): Rule | undefined {
  return Object.prototype.hasOwnProperty.call(model, name) ? model[name] : undefined;
}

export function numberOf(r: Rule | undefined, name: string, unit: string): { value: Decimal; min?: Decimal; max?: Decimal } {
  if (r == null) fail(`rule "${name}" missing`);
  if (r.unité !== unit) fail(`rule "${name}": unit ${String(r.unité)} instead of ${unit}`);
  if (typeof r.valeur === "number") return { value: new Decimal(String(r.valeur)) };
  if (Array.isArray(r.moyenne)) {
    // ADEME averages two technologies (e.g. LCD and OLED headsets): keep the mean, and the two as the range.
    const parts = r.moyenne.map((t) => {
      const m = /^([0-9.]+) (\S+)$/.exec(t.trim());
      if (m === null || m[2] !== unit) fail(`rule "${name}": cannot read "${t}"`);
      return new Decimal(m[1]!);
    });
    const sum = parts.reduce((a, b) => a.plus(b), new Decimal(0));
    return { value: sum.div(parts.length), min: Decimal.min(...parts), max: Decimal.max(...parts) };
  }
  fail(`rule "${name}" is not a plain number (${JSON.stringify(r)})`);
}

function grams(n: { value: Decimal; min?: Decimal; max?: Decimal }): AdemeGrams {
  const value = n.value.toFixed();
  // Kilograms are derived from these grams by the shipped module: the division must be exact.
  for (const g of [n.value, n.min, n.max])
    if (g !== undefined && !g.div(1000).times(1000).eq(g)) fail(`${value} g cannot be converted to kg exactly`);
  return n.min === undefined || n.max === undefined ? value : [value, n.min.toFixed(), n.max.toFixed()];
}

/** ADEME's devices, read from its model with their units checked. */
export function ademeDevices(model: Record<string, Rule>): { devices: AdemeDevice[]; texts: AdemeDeviceText[] } {
  const devices: AdemeDevice[] = [];
  const texts: AdemeDeviceText[] = [];
  for (const d of DEVICES) {
    const head = rule(model, `acv . ${d.rule}`);
    if (head === undefined) fail(`device "${d.rule}" missing from the ADEME model`);
    const description = (head?.description ?? "").trim().replace(/\s+/g, " ");
    const [fab, dist, eol] = ADEME_STAGES.map(([suffix]) => {
      const name = `acv . ${d.rule} . ${suffix}`;
      return grams(numberOf(rule(model, name), name, "gCO2e"));
    }) as [AdemeGrams, AdemeGrams, AdemeGrams];
    const params = ADEME_PARAMETERS.map(([suffix, , unit]) => {
      const name = `acv . ${d.rule} . ${suffix}`;
      const r = rule(model, name);
      return r === undefined ? "" : numberOf(r, name, unit).value.toFixed(); // power supplies have no lifetime nor use of their own
    });
    while (params.length > 0 && params[params.length - 1] === "") params.pop();
    devices.push([d.item, d.rule, fab, dist, eol, ...params] as unknown as AdemeDevice);
    texts.push([d.label.fr, d.label.en, description]);
  }
  return { devices, texts };
}

/** Data-centre equipment power: the model gives it next to the construction figures that factors-fr.csv carries. */
export function dataCentreRows(model: Record<string, Rule>, urlPrefix: string): FullRow[] {
  const dc: readonly { name: string; item: string; id: string; note: string }[] = [
    {
      name: "serveur . puissance",
      item: "serveur",
      id: "dc-serveur-power",
      note: "« puissance » du serveur, ADEME : source Borderstep ; la puissance en mode actif du modèle est 400 W",
    },
    {
      name: "stockage . puissance en mode actif",
      item: "stockage",
      id: "dc-stockage-power",
      note: "puissance en mode actif d'une unité de stockage",
    },
  ];
  return dc.map((p) => [
    p.id,
    p.item,
    "power",
    "",
    numberOf(rule(model, p.name), p.name, "W").value.toFixed(),
    "W",
    `ADEME, modèle « data center » du paquet npm ${ADEME_PACKAGE}`,
    urlPrefix + p.name,
    STUDY_YEAR,
    "FR",
    "code du paquet MIT ; origine des données non précisée par la source",
    `${p.note} ; année non indiquée par la source (${STUDY_YEAR} = année de l'étude NegaOctet–ADEME du paquet)`,
  ]);
}
