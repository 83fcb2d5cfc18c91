/**
 * Generates the default French factor pack, `src/packs/fr-ademe-<version>.ts`, from:
 *  - ADEME's npm package `@incubateur-ademe/publicodes-acv-numerique` (its compiled publicodes model,
 *    `publicodes-acv-numerique.model.json`): device figures per stage, lifetime, power, hours per day,
 *    and the power of a data-centre server and storage unit;
 *  - `data/factors-fr.csv`: the rows of the project's sourced factor table (`FACTORS.md`) that may ship
 *    (French grid intensity by year, French fixed and mobile network per GB, French data-centre PUE,
 *    server and storage manufacturing and lifetime, and the video projector of ADEME's model, which
 *    ADEME's repository has since v2.2.0 but the npm release read above, 2.1.0, does not).
 *
 * Run from the repository root:  npx tsx --conditions=@nrs/source packages/footprint/scripts/generate-pack.ts
 * Add `--check` to fail (exit 1) when the committed module differs from what would be generated.
 *
 * Licence gate (FACTORS.md §5): water figures are not shipped (the device water values carry an
 * unreliable end of life according to ADEME, and the grid water factor is ecoinvent's); nothing from
 * boaviztapi (AGPL data files, negative water values), from ecoinvent or from the full NegaOctet
 * database is read here.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { parseCsvText } from "@nrs/core";
import { defineFactorPack } from "../src/packs/define-factor-pack.js";
import type { FactorCriterion, FactorPack, FactorRowInput } from "../src/packs/factor-pack.js";
import type { Stage } from "../src/impact/criteria.js";
import {
  ADEME_PARAMETERS,
  ADEME_STAGES,
  ademeDeviceNotes,
  ademeDeviceRows,
  type AdemeDevice,
  type AdemeDeviceText,
  type AdemeGrams,
} from "../src/packs/ademe-device-rows.js";
import {
  generatedFactorPack,
  type GeneratedNotes,
  type GeneratedPackMeta,
  type GeneratedRow,
  type GeneratedRowFields,
} from "../src/packs/generated-factor-pack.js";

export const PACK_ID = "fr-ademe";
export const PACK_VERSION = "1.1.0";

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, "..");
const repoRoot = join(pkgDir, "..", "..");
const ademeDir = join(repoRoot, "node_modules", "@incubateur-ademe", "publicodes-acv-numerique");
const modelPath = join(ademeDir, "publicodes-acv-numerique.model.json");
const csvPath = join(pkgDir, "data", "factors-fr.csv");
const outPath = join(pkgDir, "src", "packs", `${PACK_ID}-${PACK_VERSION}.ts`);
const figuresPath = join(pkgDir, "src", "packs", `${PACK_ID}-${PACK_VERSION}-figures.ts`);

/** A row as the generator reads it: the shipped row, then its notes and label. */
type FullRow = readonly [...GeneratedRowFields, notes: string, labelFr?: string, labelEn?: string];

type Rule = { valeur?: number | string; unité?: string; moyenne?: string[]; description?: string; titre?: string; note?: string } | null;

const ADEME_PACKAGE = "@incubateur-ademe/publicodes-acv-numerique";
const ADEME_DEVICE_SOURCE =
  "ADEME, Base Empreinte « bdd numérique » (étude NegaOctet–ADEME 2022, certaines valeurs mises à jour), via le paquet npm " +
  ADEME_PACKAGE;
const ADEME_LICENCE =
  "ADEME « Conditions d'utilisation des données Base Empreinte » (données hors ecoinvent ; citation de la source) ; origine NegaOctet ; code du paquet MIT";
const STUDY_YEAR = 2022;

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

function fail(message: string): never {
  throw new Error(`generate-pack: ${message}`);
}

function rule(model: Record<string, Rule>, name: string): Rule | undefined {
  return Object.prototype.hasOwnProperty.call(model, name) ? model[name] : undefined;
}

function numberOf(r: Rule | undefined, name: string, unit: string): { value: Decimal; min?: Decimal; max?: Decimal } {
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
function ademeDevices(model: Record<string, Rule>): { devices: AdemeDevice[]; texts: AdemeDeviceText[] } {
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
function dataCentreRows(model: Record<string, Rule>, urlPrefix: string): FullRow[] {
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

/** How each shipped row of factors-fr.csv becomes a pack row. */
const PROJECTOR = { fr: "Vidéoprojecteur", en: "Video projector" };
// ADEME's model names the video projector rules this way (acv-terminaux.publicodes, v2.2.0 on GitHub;
// the npm release the device rows come from, 2.1.0, predates them).
const projectorRule = (suffix: string) => `acv . videoprojecteur . ${suffix}`;

const SWITCH = { fr: "Commutateur réseau (switch)", en: "Network switch" };
const ROUTER = { fr: "Routeur", en: "Router" };
const FIREWALL = { fr: "Pare-feu", en: "Firewall" };
const FEATURE_PHONE = { fr: "Téléphone mobile basique", en: "Feature phone" };

type CsvRowMap = {
  item: string;
  criterion: FactorCriterion;
  stage?: Stage;
  unit: string;
  convert?: (v: Decimal) => Decimal;
  year?: number;
  geography?: string;
  rule?: string;
  label: { fr: string; en: string };
};

/** The six rows of an ADEME device used as a stand-in for another type, read from factors-fr.csv. */
function proxyRows(slug: string, item: string, ademeRule: string, label: { fr: string; en: string }): Record<string, CsvRowMap> {
  const r = (suffix: string) => `acv . ${ademeRule} . ${suffix}`;
  return {
    [`proxy-${slug}-gwp-fab`]: {
      item,
      criterion: "gwp",
      stage: "manufacturing",
      unit: "kgCO2e/unit",
      year: STUDY_YEAR,
      geography: "FR",
      rule: r("carbone . fabrication"),
      label,
    },
    [`proxy-${slug}-gwp-dist`]: {
      item,
      criterion: "gwp",
      stage: "distribution",
      unit: "kgCO2e/unit",
      year: STUDY_YEAR,
      rule: r("carbone . distribution"),
      label,
    },
    [`proxy-${slug}-gwp-eol`]: {
      item,
      criterion: "gwp",
      stage: "endOfLife",
      unit: "kgCO2e/unit",
      year: STUDY_YEAR,
      rule: r("carbone . fin de vie"),
      label,
    },
    [`proxy-${slug}-lifespan`]: { item, criterion: "lifetime", unit: "year", year: STUDY_YEAR, rule: r("durée de vie théorique"), label },
    [`proxy-${slug}-power-active`]: { item, criterion: "power", unit: "W", year: STUDY_YEAR, rule: r("consommation en mode actif"), label },
    [`proxy-${slug}-use-hours`]: {
      item,
      criterion: "hoursPerDay",
      unit: "h/day",
      year: STUDY_YEAR,
      rule: r("profil utilisation théorique"),
      label,
    },
  };
}

const CSV_ROWS: Record<
  string,
  {
    item: string;
    criterion: FactorCriterion;
    stage?: Stage;
    unit: string;
    convert?: (v: Decimal) => Decimal;
    year?: number;
    /** The pack's zone when the table's is a description (e.g. "FR (world production)"). */
    geography?: string;
    /** The rule of the cited file, appended to its path. */
    rule?: string;
    label: { fr: string; en: string };
  }
> = {
  "elec-fr-baseempreinte-2022": {
    item: "electricite_FR",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/kWh",
    label: { fr: "Électricité, France, mix moyen de consommation", en: "Electricity, France, average consumption mix" },
  },
  "elec-fr-baseempreinte-2023": {
    item: "electricite_FR",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/kWh",
    label: { fr: "Électricité, France, mix moyen de consommation", en: "Electricity, France, average consumption mix" },
  },
  "elec-fr-baseempreinte-2024": {
    item: "electricite_FR",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/kWh",
    label: { fr: "Électricité, France, mix moyen de consommation", en: "Electricity, France, average consumption mix" },
  },
  "elec-fr-baseempreinte-2025": {
    item: "electricite_FR",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/kWh",
    label: { fr: "Électricité, France, mix moyen de consommation", en: "Electricity, France, average consumption mix" },
  },
  "net-ademe-negaoctet-fixe-fr": {
    item: "reseau_fixe_FR",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau fixe, France (box comprise)", en: "Fixed network, France (box included)" },
  },
  "net-ademe-negaoctet-mobile-fr": {
    item: "reseau_mobile_FR",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau mobile, France", en: "Mobile network, France" },
  },
  "net-ademe-negaoctet-fixe-fr-hors-box": {
    item: "reseau_fixe_hors_box_FR",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau fixe, France (hors box)", en: "Fixed network, France (box excluded)" },
  },
  "dc-arcep-pue-2022": {
    item: "datacenter_FR",
    criterion: "pue",
    unit: "ratio",
    label: { fr: "Centres de données en France, PUE moyen", en: "Data centres in France, average PUE" },
  },
  "dc-arcep-pue-2023": {
    item: "datacenter_FR",
    criterion: "pue",
    unit: "ratio",
    label: { fr: "Centres de données en France, PUE moyen", en: "Data centres in France, average PUE" },
  },
  "dc-ademe-server-gwp": {
    item: "serveur",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: { fr: "Serveur", en: "Server" },
  },
  "dc-ademe-server-lifespan": {
    item: "serveur",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    label: { fr: "Serveur", en: "Server" },
  },
  "dc-ademe-storage-gwp": {
    item: "stockage",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: { fr: "Unité de stockage", en: "Storage unit" },
  },
  "dc-ademe-storage-lifespan": {
    item: "stockage",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    label: { fr: "Unité de stockage", en: "Storage unit" },
  },
  "dev-ademe-videoprojector-gwp-fab": {
    item: "videoprojecteur",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    geography: "FR",
    rule: projectorRule("carbone . fabrication"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-gwp-dist": {
    item: "videoprojecteur",
    criterion: "gwp",
    stage: "distribution",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    rule: projectorRule("carbone . distribution"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-gwp-eol": {
    item: "videoprojecteur",
    criterion: "gwp",
    stage: "endOfLife",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    rule: projectorRule("carbone . fin de vie"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-lifespan": {
    item: "videoprojecteur",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    rule: projectorRule("durée de vie théorique"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-power-active": {
    item: "videoprojecteur",
    criterion: "power",
    unit: "W",
    year: STUDY_YEAR,
    rule: projectorRule("consommation en mode actif"),
    label: PROJECTOR,
  },
  "dev-ademe-videoprojector-use-hours": {
    item: "videoprojecteur",
    criterion: "hoursPerDay",
    unit: "h/day",
    year: STUDY_YEAR,
    rule: projectorRule("profil utilisation théorique"),
    label: PROJECTOR,
  },
  // European networks: `fixed-EU`, `mobile-EU`, `fixed-EU-excl-box` of computeNetworkFootprint.
  "net-ademe-negaoctet-fixe-eu": {
    item: "reseau_fixe_EU",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau fixe, Europe (box comprise)", en: "Fixed network, Europe (box included)" },
  },
  "net-ademe-negaoctet-mobile-eu": {
    item: "reseau_mobile_EU",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau mobile, Europe", en: "Mobile network, Europe" },
  },
  "net-ademe-negaoctet-fixe-eu-hors-box": {
    item: "reseau_fixe_hors_box_EU",
    criterion: "gwp",
    stage: "use",
    unit: "kgCO2e/GB",
    convert: (v) => v.div(1000),
    year: STUDY_YEAR,
    label: { fr: "Réseau fixe, Europe (hors box)", en: "Fixed network, Europe (box excluded)" },
  },
  // Network equipment of ADEME's data-centre model (origin of the figures not stated: unconfirmed).
  "dc-ademe-switch-gwp": { item: "switch", criterion: "gwp", stage: "manufacturing", unit: "kgCO2e/unit", year: STUDY_YEAR, label: SWITCH },
  "dc-ademe-switch-lifespan": { item: "switch", criterion: "lifetime", unit: "year", year: STUDY_YEAR, label: SWITCH },
  "dc-ademe-router-gwp": {
    item: "routeur",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: ROUTER,
  },
  "dc-ademe-router-lifespan": { item: "routeur", criterion: "lifetime", unit: "year", year: STUDY_YEAR, label: ROUTER },
  "dc-ademe-firewall-gwp": {
    item: "pare_feu",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: FIREWALL,
  },
  "dc-ademe-firewall-lifespan": { item: "pare_feu", criterion: "lifetime", unit: "year", year: STUDY_YEAR, label: FIREWALL },
  // Feature phone: ADEME's Impact CO2 data (no distribution and no use-phase figure given).
  "dev-impactco2-feature-phone-gwp-fab": {
    item: "telephone_basique",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    geography: "FR",
    label: FEATURE_PHONE,
  },
  "dev-impactco2-feature-phone-gwp-eol": {
    item: "telephone_basique",
    criterion: "gwp",
    stage: "endOfLife",
    unit: "kgCO2e/unit",
    year: STUDY_YEAR,
    label: FEATURE_PHONE,
  },
  "dev-impactco2-feature-phone-lifespan": {
    item: "telephone_basique",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    label: FEATURE_PHONE,
  },
  // Printing paper: one ream of 500 A4 sheets, 80 g/m² (secondary source: unconfirmed).
  "paper-dinum-ream-a4-80g-gwp": {
    item: "ramette_a4_80g",
    criterion: "gwp",
    stage: "manufacturing",
    unit: "kgCO2e/unit",
    label: { fr: "Ramette de papier A4 80 g/m² (500 feuilles)", en: "Ream of A4 80 g/m² paper (500 sheets)" },
  },
  // Stand-ins (unconfirmed): ADEME devices used for types with no public factor of their own.
  "proxy-chargeur-ordinateur-lifespan": {
    item: "chargeur_ordinateur",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    rule: "acv . ordinateur portable . durée de vie théorique",
    label: { fr: "Alimentation externe d'ordinateur portable", en: "Laptop external power supply" },
  },
  "proxy-chargeur-smartphone-lifespan": {
    item: "chargeur_smartphone",
    criterion: "lifetime",
    unit: "year",
    year: STUDY_YEAR,
    rule: "acv . smartphone . durée de vie théorique",
    label: { fr: "Alimentation externe de smartphone ou tablette", en: "Smartphone or tablet external power supply" },
  },
  ...proxyRows("borne-wifi", "borne_wifi", "box", {
    fr: "Borne Wi-Fi (substitut : box internet ADEME)",
    en: "Wi-Fi access point (stand-in: ADEME internet box)",
  }),
  ...proxyRows("ecran-interactif", "ecran_interactif", "TV", {
    fr: "Écran interactif, TBI, ENI (substitut : téléviseur ADEME)",
    en: "Interactive display (stand-in: ADEME television)",
  }),
};

const UNIT_IN_CSV: Record<string, string> = {
  "kgCO2e/kWh": "kgCO2e/kWh",
  "kgCO2e/GB": "gCO2e/GB",
  "kgCO2e/unit": "kgCO2e/unit",
  year: "years",
  ratio: "ratio",
  W: "W",
  "h/day": "h/day",
};

function csvRows(text: string): FullRow[] {
  const lines = parseCsvText(text, { delimiter: "," });
  const header = lines[0]?.cells ?? fail("factors-fr.csv is empty");
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) fail(`factors-fr.csv has no column ${name}`);
    return i;
  };
  const c = {
    id: col("id"),
    value: col("value"),
    unit: col("unit"),
    year: col("year"),
    source: col("source"),
    url: col("source_url_or_path"),
    licence: col("licence"),
    notes: col("notes"),
    geography: col("geography"),
  };
  const rows: FullRow[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(1)) {
    if (line.problem) fail(`factors-fr.csv line ${line.line}: ${line.problem.message.en}`);
    if (line.cells.every((x) => x.trim() === "")) continue;
    const get = (i: number) => line.cells[i] ?? "";
    const id = get(c.id);
    const map = CSV_ROWS[id];
    if (map === undefined) fail(`factors-fr.csv line ${line.line}: row ${id} has no mapping (only rows that may ship belong in this file)`);
    if (UNIT_IN_CSV[map.unit] !== get(c.unit)) fail(`row ${id}: unit ${get(c.unit)}, expected ${UNIT_IN_CSV[map.unit]}`);
    const raw = new Decimal(get(c.value));
    const value = map.convert ? map.convert(raw) : raw;
    const yearText = get(c.year);
    const year =
      map.year ?? (/^\d{4}$/.test(yearText) ? Number(yearText) : fail(`row ${id}: year "${yearText}" is not a year and no mapping year`));
    const geography = map.geography ?? (get(c.geography) === "n/a" ? "FR" : get(c.geography));
    const notes = [
      map.convert ? `valeur source ${raw.toFixed()} ${get(c.unit)}` : undefined,
      map.year === undefined || yearText === String(map.year)
        ? undefined
        : yearText === "n/a"
          ? `année non indiquée par la source (« ${yearText} ») ; ${map.year} = année de l'étude NegaOctet–ADEME du paquet`
          : `période indiquée par la table : « ${yearText} » ; ${map.year} = année de l'étude NegaOctet–ADEME du paquet`,
      get(c.geography) === "n/a" ? "zone non indiquée par la source ; utilisée ici pour la France" : undefined,
      map.geography !== undefined && map.geography !== get(c.geography) ? `zone de la table : « ${get(c.geography)} »` : undefined,
      get(c.notes) || undefined,
      `licence lue : ${get(c.licence)}`,
    ].filter((x) => x !== undefined);
    rows.push([
      id,
      map.item,
      map.criterion,
      map.stage ?? "",
      value.toFixed(),
      map.unit,
      get(c.source),
      map.rule === undefined ? get(c.url) : `${get(c.url)}#${map.rule}`,
      year,
      geography,
      licenceOf(id, get(c.licence)),
      notes.join(" ; "),
      map.label.fr,
      map.label.en,
    ]);
    seen.add(id);
  }
  for (const id of Object.keys(CSV_ROWS)) if (!seen.has(id)) fail(`factors-fr.csv lacks row ${id}`);
  return rows;
}

function licenceOf(id: string, read: string): string {
  if (id.startsWith("elec-fr-baseempreinte")) return ADEME_LICENCE.replace(" ; origine NegaOctet", "");
  if (id.startsWith("net-ademe-negaoctet")) return `${ADEME_LICENCE} (valeurs NegaOctet republiées par l'ADEME)`;
  if (id.startsWith("dev-ademe-") || id.startsWith("proxy-")) return ADEME_LICENCE; // the same terms as the devices read from the npm package
  return read;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const TITLE = { fr: "Facteurs ADEME pour la France", en: "ADEME factors for France" };
const DESCRIPTION = {
  fr: "Équipements (ADEME, Base Empreinte « bdd numérique »), électricité française par année (Base Empreinte), réseaux fixe et mobile français par Go, PUE des centres de données français (Arcep), fabrication des serveurs et du stockage.",
  en: "Devices (ADEME, Base Empreinte 'bdd numérique'), French electricity by year (Base Empreinte), French fixed and mobile networks per GB, French data-centre PUE (Arcep), server and storage manufacturing.",
};

interface Inputs {
  readonly version: string;
  readonly license: string;
  readonly modelText: string;
  readonly csvText: string;
  readonly urlPrefix: string;
  readonly devices: readonly AdemeDevice[];
  readonly deviceTexts: readonly AdemeDeviceText[];
  readonly others: readonly GeneratedRow[];
  readonly otherNotes: readonly GeneratedNotes[];
  readonly meta: GeneratedPackMeta;
}

function read(): Inputs {
  const pkg = JSON.parse(readFileSync(join(ademeDir, "package.json"), "utf8")) as { version: string; license: string };
  const modelText = readFileSync(modelPath, "utf8");
  const model = JSON.parse(modelText) as Record<string, Rule>;
  const csvText = readFileSync(csvPath, "utf8");
  const urlPrefix = `npm:${ADEME_PACKAGE}@${pkg.version}:publicodes-acv-numerique.model.json#`;
  const { devices, texts } = ademeDevices(model);
  const others = [...dataCentreRows(model, urlPrefix), ...csvRows(csvText)];
  const meta: GeneratedPackMeta = {
    id: PACK_ID,
    version: PACK_VERSION,
    title: TITLE,
    description: DESCRIPTION,
    generatedFrom: [
      {
        name: ADEME_PACKAGE,
        version: pkg.version,
        licence: "MIT (code); ADEME Base Empreinte conditions (data)",
        url: `https://www.npmjs.com/package/${ADEME_PACKAGE}`,
      },
      { name: relative(repoRoot, csvPath), version: sha256(csvText).slice(0, 12), licence: "per row" },
    ],
  };
  return {
    version: pkg.version,
    license: pkg.license,
    modelText,
    csvText,
    urlPrefix,
    meta,
    devices,
    deviceTexts: texts,
    others: others.map((r) => r.slice(0, 11) as unknown as GeneratedRow),
    otherNotes: others.map(([, , , , , , , , , , , notes, fr, en]) => (fr && en ? [notes, fr, en] : [notes])),
  };
}

function rowsOf(i: Inputs): { rows: GeneratedRow[]; notes: GeneratedNotes[] } {
  return {
    rows: [...ademeDeviceRows(i.devices, i.urlPrefix, ADEME_DEVICE_SOURCE, ADEME_LICENCE, STUDY_YEAR), ...i.others],
    notes: [...ademeDeviceNotes(i.devices, i.deviceTexts), ...i.otherNotes],
  };
}

function rowInput(r: GeneratedRow, n: GeneratedNotes | undefined): FactorRowInput {
  const [id, item, criterion, stage, value, unit, source, sourceUrl, year, geography, licence, min, max] = r;
  const [notes, fr, en] = n ?? fail(`row ${id} has no notes`);
  return {
    id,
    item,
    criterion,
    value,
    unit,
    source,
    sourceUrl,
    year,
    geography,
    licence,
    notes,
    ...(stage === "" ? {} : { stage }),
    ...(fr && en ? { label: { fr, en } } : {}),
    ...(min ? { min } : {}),
    ...(max ? { max } : {}),
  };
}

/**
 * The default pack validated the long way, by `defineFactorPack` from the generator's rows: the shipped
 * module builds the same pack without the validation code (see `generatedFactorPack`).
 */
export function validatedPack(): FactorPack {
  const { rows, notes } = rowsOf(read());
  return defineFactorPack({ ...read().meta, rows: rows.map((r, k) => rowInput(r, notes[k])) });
}

/** The default pack as the shipped modules build it, from the generator's inputs (with `notes`: false, the calculators' copy). */
export function generatedPack(notes = true): FactorPack {
  const i = read();
  const r = rowsOf(i);
  return generatedFactorPack(i.meta, r.rows, notes ? r.notes : undefined);
}

/** Strings repeated across rows, written once so the module stays small in a browser bundle. */
function sharedStrings(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [text, n] of counts) if (n > 1 && text.length > 8) index.set(text, index.size);
  return index;
}

/** The two generated modules: the figures (what the calculators read) and the full pack (figures, notes and labels). */
export interface GeneratedModules {
  readonly figures: string;
  readonly full: string;
}

/** A JavaScript literal writer that names the strings repeated across `values` once, in a table `S`. */
function literals(values: readonly string[], urlPrefix: string) {
  const shared = sharedStrings(values);
  const str = (v: string): string => {
    const k = shared.get(v);
    if (k !== undefined) return `S[${k}]`;
    if (v.startsWith(urlPrefix) && v.length > urlPrefix.length) return `U + ${JSON.stringify(v.slice(urlPrefix.length))}`;
    return JSON.stringify(v);
  };
  const tuple = (xs: readonly unknown[]): string =>
    `[${xs.map((x) => (typeof x === "string" ? str(x) : Array.isArray(x) ? tuple(x) : JSON.stringify(x))).join(", ")}]`;
  const table = `const S = [\n${[...shared.keys()].map((t, k) => `  /* ${k} */ ${JSON.stringify(t)},`).join("\n")}\n] as const;`;
  return { str, tuple, table };
}

export function generate(): GeneratedModules {
  const i = read();
  validatedPack(); // throws on any bad row
  const { urlPrefix } = i;
  const strings = (rows: readonly (readonly unknown[])[]): string[] =>
    rows.flatMap((r) => r.filter((x): x is string => typeof x === "string"));
  const fig = literals([ADEME_DEVICE_SOURCE, ADEME_LICENCE, ...strings(i.others)], urlPrefix);
  const txt = literals(strings([...i.deviceTexts, ...i.otherNotes]), urlPrefix);
  const plain = (xs: readonly unknown[]): string => `[${xs.map((x) => (Array.isArray(x) ? plain(x) : JSON.stringify(x))).join(", ")}]`;
  const csvRel = relative(repoRoot, csvPath);
  const name = `frAdeme_${PACK_VERSION.replace(/\./g, "_")}`;
  const figures = `frAdemeFigures_${PACK_VERSION.replace(/\./g, "_")}`;
  const devices = `FR_ADEME_${PACK_VERSION.replace(/\./g, "_")}_DEVICES`;
  const m = i.meta;
  const header = `// GENERATED FILE — do not edit. Regenerate with:
//   npx tsx --conditions=@nrs/source packages/footprint/scripts/generate-pack.ts
// Pack ${PACK_ID} ${PACK_VERSION}, generated from:
//   - npm ${ADEME_PACKAGE}@${i.version} (${i.license} code; ADEME data),
//     publicodes-acv-numerique.model.json sha256 ${sha256(i.modelText)}
//   - ${csvRel} (rows copied from the project's sourced table shared/data/factors.csv, see FACTORS.md),
//     sha256 ${sha256(i.csvText)}
// Not shipped (FACTORS.md §5): water figures (unreliable ADEME end-of-life water, ecoinvent grid water),
// boaviztapi data files, ecoinvent data, the NegaOctet database beyond the values ADEME republishes.
// The rows were validated by defineFactorPack when this module was generated; they are written as tuples
// (see GeneratedRow and AdemeDevice) so that the pack stays small in a browser bundle.`;
  const figuresText = `${header}
// This module holds the figures (value, unit, source, year, zone, licence of every row): the calculators
// read them as they are; ${PACK_ID}-${PACK_VERSION}.ts adds the notes and labels of the rows to make the full pack.
import type { FactorPack } from "./factor-pack.js";
import { ademeDeviceRows, type AdemeDevice } from "./ademe-device-rows.js";
import { generatedFactorPack, type GeneratedRow } from "./generated-factor-pack.js";

const U = ${JSON.stringify(urlPrefix)};
${fig.table}

/** @internal ADEME devices: [item, rule under \`acv\`, gCO2e manufacturing, distribution, end of life, lifetime (an), power (W), hours per day]. */
export const ${devices}: readonly AdemeDevice[] = [
${i.devices.map((d) => `  ${plain(d)},`).join("\n")}
];

/** Other rows: [id, item, criterion, stage, value, unit, source, sourceUrl, year, geography, licence]. */
const R: readonly GeneratedRow[] = [
${i.others.map((r) => `  ${fig.tuple(r)},`).join("\n")}
];

/**
 * @internal The pack \`${PACK_ID}\` ${PACK_VERSION} without the notes and labels of its rows: the same ids,
 * figures, units, sources and licences as \`${name}\`, so the same results and traces.
 */
export const ${figures}: FactorPack = /* @__PURE__ */ generatedFactorPack(
  {
    id: ${JSON.stringify(m.id)},
    version: ${JSON.stringify(m.version)},
    title: ${JSON.stringify(m.title)},
    description: {
      fr: ${JSON.stringify(m.description.fr)},
      en: ${JSON.stringify(m.description.en)},
    },
    generatedFrom: [
${m.generatedFrom.map((g) => `      ${JSON.stringify(g)},`).join("\n")}
    ],
  },
  [.../* @__PURE__ */ ademeDeviceRows(${devices}, U, ${fig.str(ADEME_DEVICE_SOURCE)}, ${fig.str(ADEME_LICENCE)}, ${STUDY_YEAR}), ...R],
);
`;
  const fullText = `${header}
// The figures are in ${PACK_ID}-${PACK_VERSION}-figures.ts; this module adds the notes and labels of the rows.
import type { FactorPack } from "./factor-pack.js";
import { ademeDeviceNotes, type AdemeDeviceText } from "./ademe-device-rows.js";
import { ${devices}, ${figures} } from "./${PACK_ID}-${PACK_VERSION}-figures.js";
import { withGeneratedNotes, type GeneratedNotes } from "./generated-factor-pack.js";

${txt.table}

/** ADEME devices, in the order of ${devices}: [label fr, label en, ADEME's description]. */
const T: readonly AdemeDeviceText[] = [
${i.deviceTexts.map((d) => `  ${txt.tuple(d)},`).join("\n")}
];

/** The other rows, in order: [notes, label fr, label en]. */
const N: readonly GeneratedNotes[] = [
${i.otherNotes.map((r) => `  ${txt.tuple(r)},`).join("\n")}
];

/**
 * The French factor pack \`${PACK_ID}\` ${PACK_VERSION}: ADEME device figures (greenhouse gases per stage,
 * lifetime, power, hours of use per day), French grid intensity by year (ADEME Base Empreinte), French
 * fixed and mobile network per GB, French data-centre PUE (Arcep), server and storage manufacturing.
 * Generated by \`scripts/generate-pack.ts\`; every row carries its source, year and licence.
 *
 * @example
 * \`\`\`ts
 * import { ${name} } from "@nrs/footprint";
 * console.log(${name}.version, ${name}.generatedFrom[0]?.name); // "${PACK_VERSION}" "${ADEME_PACKAGE}"
 * \`\`\`
 */
export const ${name}: FactorPack = /* @__PURE__ */ withGeneratedNotes(${figures}, [.../* @__PURE__ */ ademeDeviceNotes(${devices}, T), ...N]);
`;
  return { figures: figuresText, full: fullText };
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function main(): void {
  const modules = generate();
  const outputs: readonly [string, string][] = [
    [figuresPath, modules.figures],
    [outPath, modules.full],
  ];
  for (const [path, text] of outputs) {
    if (process.argv.includes("--check")) {
      const current = readOrEmpty(path);
      if (current !== text) {
        console.error(`${relative(repoRoot, path)} is out of date: run the generator`);
        process.exit(1);
      }
      console.log(`${relative(repoRoot, path)} is up to date`);
      continue;
    }
    writeFileSync(path, text);
    console.log(`wrote ${relative(repoRoot, path)}`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
