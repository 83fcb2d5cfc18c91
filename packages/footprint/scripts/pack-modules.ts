/**
 * Writes the two modules of a generated pack (`<id>-<version>-figures.ts`, the figures the calculators read,
 * and `<id>-<version>.ts`, which adds the notes and labels) from the generator's inputs, strings repeated
 * across rows written once.
 */
import { createHash } from "node:crypto";
import type { AdemeDevice, AdemeDeviceText } from "../src/packs/ademe-device-rows.js";
import type { GeneratedNotes, GeneratedPackMeta, GeneratedRow } from "../src/packs/generated-factor-pack.js";
import { ADEME_DEVICE_SOURCE, ADEME_LICENCE, ADEME_PACKAGE, STUDY_YEAR } from "./pack-ademe-model.js";

/** What the modules are written from: the ADEME package read, the CSV read, and the rows built from them. */
export interface PackInputs {
  readonly version: string;
  readonly license: string;
  readonly modelText: string;
  readonly csvText: string;
  /** The CSV's path from the repository root, as the modules' header names it. */
  readonly csvRel: string;
  readonly urlPrefix: string;
  readonly devices: readonly AdemeDevice[];
  readonly deviceTexts: readonly AdemeDeviceText[];
  readonly others: readonly GeneratedRow[];
  readonly otherNotes: readonly GeneratedNotes[];
  readonly meta: GeneratedPackMeta;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
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

/** The two modules of the pack, as text. */
export function packModules(i: PackInputs): GeneratedModules {
  const { urlPrefix, csvRel } = i;
  const m = i.meta;
  const PACK_ID = m.id;
  const PACK_VERSION = m.version;
  const strings = (rows: readonly (readonly unknown[])[]): string[] =>
    rows.flatMap((r) => r.filter((x): x is string => typeof x === "string"));
  const fig = literals([ADEME_DEVICE_SOURCE, ADEME_LICENCE, ...strings(i.others)], urlPrefix);
  const txt = literals(strings([...i.deviceTexts, ...i.otherNotes]), urlPrefix);
  const plain = (xs: readonly unknown[]): string => `[${xs.map((x) => (Array.isArray(x) ? plain(x) : JSON.stringify(x))).join(", ")}]`;
  const name = `frAdeme_${PACK_VERSION.replace(/\./g, "_")}`;
  const figures = `frAdemeFigures_${PACK_VERSION.replace(/\./g, "_")}`;
  const devices = `FR_ADEME_${PACK_VERSION.replace(/\./g, "_")}_DEVICES`;
  const header = `// GENERATED FILE — do not edit. Regenerate with:
//   npx tsx --conditions=@nrs/source packages/footprint/scripts/generate-pack.ts
// Pack ${PACK_ID} ${PACK_VERSION}, generated from:
//   - npm ${ADEME_PACKAGE}@${i.version} (${i.license} code; ADEME data),
//     publicodes-acv-numerique.model.json sha256 ${sha256(i.modelText)}
//   - ${csvRel} (rows copied from the project's sourced table shared/data/factors.csv, see FACTORS.md,
//     and rows from one product report each of Boavizta environmental-footprint-data, ODbL 1.0, flagged in their notes),
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
 * fixed and mobile network per GB, French data-centre PUE (Arcep), server and storage manufacturing, IP
 * cameras and connected sensors (one manufacturer report each in Boavizta's data, ODbL 1.0, unconfirmed).
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
