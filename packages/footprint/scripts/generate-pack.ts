/**
 * Generates the default French factor pack, `src/packs/fr-ademe-<version>.ts`, from:
 *  - ADEME's npm package `@incubateur-ademe/publicodes-acv-numerique` (its compiled publicodes model,
 *    `publicodes-acv-numerique.model.json`): device figures per stage, lifetime, power, hours per day,
 *    and the power of a data-centre server and storage unit;
 *  - `data/factors-fr.csv`: the rows of the project's sourced factor table (`FACTORS.md`) that may ship
 *    (French grid intensity by year, French fixed and mobile network per GB, French data-centre PUE,
 *    server and storage manufacturing and lifetime, and the video projector of ADEME's model, which
 *    ADEME's repository has since v2.2.0 but the npm release read above, 2.1.0, does not), and rows
 *    taken from Boavizta's environmental-footprint-data (ODbL 1.0) for IP cameras and connected
 *    sensors, which no other source read covers (one manufacturer report each, the middle product of a few
 *    by gwp_total, their range as min/max; flagged unconfirmed).
 *
 * The work is split by concern: `pack-ademe-model.ts` reads ADEME's model, `pack-csv-rows.ts` and
 * `pack-csv-estate-rows.ts` and `pack-csv-boavizta-rows.ts` say how each CSV row becomes a pack row, `pack-csv-read.ts` reads the CSV,
 * `pack-modules.ts` writes the two modules; this file ties them together and holds the pack's id and version.
 *
 * Run from the repository root:  npx tsx --conditions=@nrs/source packages/footprint/scripts/generate-pack.ts
 * Add `--check` to fail (exit 1) when the committed module differs from what would be generated.
 *
 * Licence gate (FACTORS.md §5): water figures are not shipped (the device water values carry an
 * unreliable end of life according to ADEME, and the grid water factor is ecoinvent's); nothing from
 * boaviztapi (AGPL data files, negative water values), from ecoinvent or from the full NegaOctet
 * database is read here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineFactorPack } from "../src/packs/define-factor-pack.js";
import type { FactorPack, FactorRowInput } from "../src/packs/factor-pack.js";
import { ademeDeviceNotes, ademeDeviceRows } from "../src/packs/ademe-device-rows.js";
import { generatedFactorPack, type GeneratedNotes, type GeneratedPackMeta, type GeneratedRow } from "../src/packs/generated-factor-pack.js";
import {
  ADEME_DEVICE_SOURCE,
  ADEME_LICENCE,
  ADEME_PACKAGE,
  ademeDevices,
  dataCentreRows,
  fail,
  STUDY_YEAR,
  type Rule,
} from "./pack-ademe-model.js";
import { csvRows } from "./pack-csv-read.js";
import { CSV_ROWS } from "./pack-csv-rows.js";
import { packModules, sha256, type GeneratedModules, type PackInputs } from "./pack-modules.js";

export type { GeneratedModules } from "./pack-modules.js";

export const PACK_ID = "fr-ademe";
export const PACK_VERSION = "1.2.0";

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, "..");
const repoRoot = join(pkgDir, "..", "..");
const ademeDir = join(repoRoot, "node_modules", "@incubateur-ademe", "publicodes-acv-numerique");
const modelPath = join(ademeDir, "publicodes-acv-numerique.model.json");
const csvPath = join(pkgDir, "data", "factors-fr.csv");
const outPath = join(pkgDir, "src", "packs", `${PACK_ID}-${PACK_VERSION}.ts`);
const figuresPath = join(pkgDir, "src", "packs", `${PACK_ID}-${PACK_VERSION}-figures.ts`);

const TITLE = { fr: "Facteurs ADEME pour la France", en: "ADEME factors for France" };
const DESCRIPTION = {
  fr: "Équipements (ADEME, Base Empreinte « bdd numérique »), électricité française par année (Base Empreinte), réseaux fixe et mobile français par Go, PUE des centres de données français (Arcep), fabrication des serveurs et du stockage, caméras IP et capteurs connectés (Boavizta, ODbL).",
  en: "Devices (ADEME, Base Empreinte 'bdd numérique'), French electricity by year (Base Empreinte), French fixed and mobile networks per GB, French data-centre PUE (Arcep), server and storage manufacturing, IP cameras and connected sensors (Boavizta, ODbL).",
};

function read(): PackInputs {
  const pkg = JSON.parse(readFileSync(join(ademeDir, "package.json"), "utf8")) as { version: string; license: string };
  const modelText = readFileSync(modelPath, "utf8");
  const model = JSON.parse(modelText) as Record<string, Rule>;
  const csvText = readFileSync(csvPath, "utf8");
  const urlPrefix = `npm:${ADEME_PACKAGE}@${pkg.version}:publicodes-acv-numerique.model.json#`;
  const { devices, texts } = ademeDevices(model);
  const others = [...dataCentreRows(model, urlPrefix), ...csvRows(csvText, CSV_ROWS)];
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
    csvRel: relative(repoRoot, csvPath),
    urlPrefix,
    meta,
    devices,
    deviceTexts: texts,
    others: others.map((r) => (r[14] ? [...r.slice(0, 11), r[14], r[15]] : r.slice(0, 11)) as unknown as GeneratedRow),
    otherNotes: others.map(([, , , , , , , , , , , notes, fr, en]) => (fr && en ? [notes, fr, en] : [notes])),
  };
}

function rowsOf(i: PackInputs): { rows: GeneratedRow[]; notes: GeneratedNotes[] } {
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

export function generate(): GeneratedModules {
  validatedPack(); // throws on any bad row
  return packModules(read());
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
