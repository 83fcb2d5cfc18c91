import { Decimal } from "decimal.js";
import { NrsError, toDecimal, type DecimalInput, type Message, type Problem } from "@nrs/core";
import { CRITERIA, STAGES, type Criterion, type Stage } from "./impact.js";
import type { TracedFactor } from "./trace.js";

/**
 * What a factor row gives besides impact criteria: parameters the calculators need.
 *
 * | id | meaning | usual unit |
 * |---|---|---|
 * | `lifetime` | default service life of an item | `year` |
 * | `power` | average power drawn while in use | `W` |
 * | `hoursPerDay` | hours of use per day | `h/day` |
 * | `annualEnergy` | electricity per year | `kWh/year` |
 * | `pue` | power usage effectiveness of a data centre | `ratio` |
 * | `energyIntensity` | electricity per unit of activity (per GB, per vCPU-hour...) | `kWh/GB`... |
 * | `ratio` | any other dimensionless share or coefficient | `ratio` |
 * | `annualFootprint` | a yearly footprint over the whole life cycle, every stage together, as a national study publishes it | `kgCO2e/year` |
 * | `count` | how many of something there are (inhabitants, households, subscriptions) | `inhabitant`, `household`... |
 *
 * @example
 * ```ts
 * import { PARAMETERS } from "@nrs/footprint";
 * console.log(PARAMETERS.includes("lifetime")); // true
 * ```
 */
export const PARAMETERS = ["lifetime", "power", "hoursPerDay", "annualEnergy", "pue", "energyIntensity", "ratio", "annualFootprint", "count"] as const;

/** A parameter kind: see {@link PARAMETERS}. */
export type Parameter = (typeof PARAMETERS)[number];

/** What a factor row measures: an impact criterion (then with a stage) or a parameter. */
export type FactorCriterion = Criterion | Parameter;

/**
 * One row of a factor pack, validated. Impact rows (criterion in {@link CRITERIA}) carry a `stage`
 * and a unit `<criterion unit>/<per what>` such as `kgCO2e/unit`, `kgCO2e/kWh`, `gCO2e/GB`.
 *
 * @example
 * ```ts
 * import { defineFactorPack, type FactorRow } from "@nrs/footprint";
 * const pack = defineFactorPack({
 *   id: "demo", version: "1", title: { fr: "Démo", en: "Demo" },
 *   rows: [{ id: "grid-fr", item: "electricite_FR", criterion: "gwp", stage: "use", value: "0.0461",
 *     unit: "kgCO2e/kWh", source: "ADEME Base Empreinte", year: 2025, geography: "FR", licence: "ADEME" }],
 * });
 * const row: FactorRow = pack.rows[0]!;
 * console.log(row.value.toString(), row.pack); // "0.0461" "demo"
 * ```
 */
export interface FactorRow {
  /** Unique in its pack; stable between versions of the pack. */
  readonly id: string;
  /** What the factor is about, a machine key: a device type (`ordinateur_portable`), `electricite_FR`, `reseau_fixe_FR`... */
  readonly item: string;
  readonly criterion: FactorCriterion;
  /** Lifecycle stage, for impact criteria. */
  readonly stage?: Stage;
  readonly value: Decimal;
  readonly min?: Decimal;
  readonly max?: Decimal;
  /** Unit of `value`, e.g. `kgCO2e/unit`, `kgCO2e/kWh`, `gCO2e/GB`, `year`, `W`, `h/day`, `ratio`. */
  readonly unit: string;
  /** Who published the figure (organisation, database, document). */
  readonly source: string;
  /** Where exactly it was read: URL or `owner/repo@commit:path`. */
  readonly sourceUrl?: string;
  /** Reference year of the figure (for a period, its last year; the notes say so). */
  readonly year: number;
  /** Where the figure applies: ISO country code (`FR`), `EU`, `WORLD`. */
  readonly geography: string;
  /** Under what terms the figure may be used and redistributed. */
  readonly licence: string;
  readonly notes?: string;
  /** Human-readable name of the item. */
  readonly label?: Message;
  /** Id of the pack the row comes from (kept through merges, for the trace). */
  readonly pack: string;
  /** Version of that pack. */
  readonly packVersion: string;
}

/** A row as given to {@link defineFactorPack}: numbers as number, decimal string or Decimal. */
export interface FactorRowInput {
  readonly id: string;
  readonly item: string;
  readonly criterion: FactorCriterion;
  readonly stage?: Stage;
  readonly value: DecimalInput;
  readonly min?: DecimalInput;
  readonly max?: DecimalInput;
  readonly unit: string;
  readonly source: string;
  readonly sourceUrl?: string;
  readonly year: number;
  readonly geography: string;
  readonly licence: string;
  readonly notes?: string;
  readonly label?: Message;
}

/** One input a pack was generated from (a package, a file), with its version. */
export interface PackSource {
  readonly name: string;
  readonly version: string;
  readonly licence?: string;
  readonly url?: string;
}

/**
 * A versioned, immutable set of factors with their provenance. Build one with {@link defineFactorPack};
 * combine with {@link mergeFactorPacks} or {@link overrideFactors}; read with {@link lookupFactor}.
 *
 * @example
 * ```ts
 * import { defaultFactorPack } from "@nrs/footprint";
 * console.log(defaultFactorPack.id, defaultFactorPack.rows.length > 0); // "fr-ademe" true
 * ```
 */
export interface FactorPack {
  readonly id: string;
  readonly version: string;
  readonly title: Message;
  readonly description?: Message;
  /** What the pack was generated from (packages, files), with versions. */
  readonly generatedFrom: readonly PackSource[];
  readonly rows: readonly FactorRow[];
}

/** Input of {@link defineFactorPack}. */
export interface FactorPackInput {
  readonly id: string;
  readonly version: string;
  readonly title: Message;
  readonly description?: Message;
  readonly generatedFrom?: readonly PackSource[];
  readonly rows: readonly FactorRowInput[];
}

function problem(code: string, path: (string | number)[], fr: string, en: string): Problem {
  return { code, severity: "error", path, message: { fr, en } };
}

function checkRows(rows: readonly FactorRow[], pathOf: (i: number) => (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  rows.forEach((r, i) => {
    const path = pathOf(i);
    const seen = ids.get(r.id);
    if (seen !== undefined) {
      problems.push(problem("NRS_DUPLICATE_FACTOR", [...path, "id"], `Identifiant de facteur en double : ${r.id} (déjà à la ligne ${seen}).`, `Duplicate factor id: ${r.id} (already at row ${seen}).`));
    } else ids.set(r.id, i);
    const isImpact = (CRITERIA as readonly string[]).includes(r.criterion);
    if (isImpact && r.stage === undefined) {
      problems.push(problem("NRS_FACTOR_STAGE_MISSING", [...path, "stage"], `Le facteur ${r.id} (critère ${r.criterion}) doit indiquer une étape du cycle de vie.`, `Factor ${r.id} (criterion ${r.criterion}) must give a lifecycle stage.`));
    }
    if (isImpact && r.value.isNegative() && !r.value.isZero()) {
      problems.push(problem("NRS_NEGATIVE", [...path, "value"], `Le facteur ${r.id} est négatif.`, `Factor ${r.id} is negative.`));
    }
    if ((r.min !== undefined && r.min.gt(r.value)) || (r.max !== undefined && r.max.lt(r.value))) {
      problems.push(problem("NRS_BAD_RANGE", [...path, "value"], `Facteur ${r.id} : il faut min ≤ valeur ≤ max.`, `Factor ${r.id}: min ≤ value ≤ max is required.`));
    }
  });
  return problems;
}

const PACK_ID = /^[a-z0-9][a-z0-9._-]*$/;
const CRITERION_SET = new Set<string>([...CRITERIA, ...PARAMETERS]);
const STAGE_SET = new Set<string>(STAGES);

function text(value: unknown, path: (string | number)[], problems: Problem[], required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string") {
    problems.push(problem(value === undefined ? "NRS_REQUIRED" : "NRS_INVALID_TYPE", path, "Texte attendu.", "Text expected."));
    return undefined;
  }
  if (required && value.length === 0) {
    problems.push(problem("NRS_TOO_SHORT", path, "Texte vide.", "Empty text."));
    return undefined;
  }
  return value;
}

function decimal(value: unknown, path: (string | number)[], problems: Problem[]): Decimal | undefined {
  try {
    return toDecimal(value as DecimalInput, path);
  } catch (e) {
    if (e instanceof NrsError) problems.push(...e.problems);
    else throw e;
    return undefined;
  }
}

function message(value: unknown, path: (string | number)[], problems: Problem[]): Message | undefined {
  if (value === undefined) return undefined;
  const m = value as Partial<Message> | null;
  if (typeof m !== "object" || m === null || typeof m.fr !== "string" || typeof m.en !== "string") {
    problems.push(problem("NRS_INVALID_TYPE", path, "Texte bilingue attendu : { fr, en }.", "Bilingual text expected: { fr, en }."));
    return undefined;
  }
  return { fr: m.fr, en: m.en };
}

// Hand-written checks rather than zod: the default pack is built when the package is imported, and
// zod would then land in every browser bundle that computes a footprint.
function rowFromInput(r: FactorRowInput, path: (string | number)[], pack: string, packVersion: string, problems: Problem[]): FactorRow | undefined {
  const before = problems.length;
  if (typeof r !== "object" || r === null) {
    problems.push(problem("NRS_INVALID_TYPE", path, "Ligne de facteur attendue (objet).", "A factor row (object) is expected."));
    return undefined;
  }
  const id = text(r.id, [...path, "id"], problems, true);
  const item = text(r.item, [...path, "item"], problems, true);
  const criterion = r.criterion as string;
  if (!CRITERION_SET.has(criterion)) {
    problems.push(problem("NRS_INVALID_VALUE", [...path, "criterion"], `Critère inconnu : ${String(criterion)}.`, `Unknown criterion: ${String(criterion)}.`));
  }
  if (r.stage !== undefined && !STAGE_SET.has(r.stage)) {
    problems.push(problem("NRS_INVALID_VALUE", [...path, "stage"], `Étape inconnue : ${String(r.stage)}.`, `Unknown stage: ${String(r.stage)}.`));
  }
  const value = decimal(r.value, [...path, "value"], problems);
  const min = r.min === undefined ? undefined : decimal(r.min, [...path, "min"], problems);
  const max = r.max === undefined ? undefined : decimal(r.max, [...path, "max"], problems);
  const unit = text(r.unit, [...path, "unit"], problems, true);
  const source = text(r.source, [...path, "source"], problems, true);
  const sourceUrl = text(r.sourceUrl, [...path, "sourceUrl"], problems, false);
  const geography = text(r.geography, [...path, "geography"], problems, true);
  const licence = text(r.licence, [...path, "licence"], problems, true);
  const notes = text(r.notes, [...path, "notes"], problems, false);
  const label = message(r.label, [...path, "label"], problems);
  if (typeof r.year !== "number" || !Number.isInteger(r.year) || r.year < 1900 || r.year > 2200) {
    problems.push(problem("NRS_INVALID_YEAR", [...path, "year"], "Année attendue : nombre entier entre 1900 et 2200.", "Expected year: a whole number between 1900 and 2200."));
  }
  if (problems.length > before) return undefined;
  const row: { -readonly [K in keyof FactorRow]?: FactorRow[K] } = {
    id: id!, item: item!, criterion: criterion as FactorCriterion, value: value!, unit: unit!, source: source!,
    year: r.year, geography: geography!, licence: licence!, pack, packVersion,
  };
  if (r.stage !== undefined) row.stage = r.stage;
  if (min !== undefined) row.min = min;
  if (max !== undefined) row.max = max;
  if (sourceUrl !== undefined) row.sourceUrl = sourceUrl;
  if (notes !== undefined) row.notes = notes;
  if (label !== undefined) row.label = label;
  return Object.freeze(row as FactorRow);
}

/**
 * Validates and freezes a factor pack. Checks every row (non-empty id, item, unit, source, licence,
 * geography; a known criterion; a stage for impact criteria; finite decimals; integer year;
 * `min ≤ value ≤ max`; no negative impact factor; unique ids) and reports every problem at once in an
 * `NrsError` with the path of each bad row.
 *
 * @example
 * ```ts
 * import { defineFactorPack } from "@nrs/footprint";
 * const pack = defineFactorPack({
 *   id: "my-extract", version: "2025-06", title: { fr: "Mon extrait", en: "My extract" },
 *   rows: [{ id: "laptop-fab", item: "ordinateur_portable", criterion: "gwp", stage: "manufacturing",
 *     value: 150, min: 120, max: 190, unit: "kgCO2e/unit", source: "Base Empreinte (licensed extract)",
 *     year: 2025, geography: "FR", licence: "ADEME, licensed to the user" }],
 * });
 * console.log(pack.rows[0]?.max?.toString()); // "190"
 * ```
 */
export function defineFactorPack(input: FactorPackInput): FactorPack {
  const problems: Problem[] = [];
  if (typeof input !== "object" || input === null) throw new NrsError([problem("NRS_INVALID_TYPE", [], "Jeu de facteurs attendu (objet).", "A factor pack (object) is expected.")]);
  if (typeof input.id !== "string" || !PACK_ID.test(input.id)) {
    problems.push(problem("NRS_INVALID_FORMAT", ["id"], "Identifiant de jeu invalide (minuscules, chiffres, . _ -).", "Invalid pack id (lower case, digits, . _ -)."));
  }
  const version = text(input.version, ["version"], problems, true);
  const title = message(input.title, ["title"], problems);
  if (input.title === undefined) problems.push(problem("NRS_REQUIRED", ["title"], "Titre manquant.", "Missing title."));
  const description = message(input.description, ["description"], problems);
  const sources: PackSource[] = [];
  (input.generatedFrom ?? []).forEach((g, i) => {
    const name = text(g?.name, ["generatedFrom", i, "name"], problems, true);
    const v = text(g?.version, ["generatedFrom", i, "version"], problems, true);
    if (name === undefined || v === undefined) return;
    const src: { -readonly [K in keyof PackSource]?: PackSource[K] } = { name, version: v };
    if (g.licence !== undefined) src.licence = g.licence;
    if (g.url !== undefined) src.url = g.url;
    sources.push(src as PackSource);
  });
  if (!Array.isArray(input.rows)) {
    problems.push(problem("NRS_INVALID_TYPE", ["rows"], "Liste de lignes attendue.", "A list of rows is expected."));
    throw new NrsError(problems);
  }
  const rows: FactorRow[] = [];
  input.rows.forEach((r, i) => {
    const row = rowFromInput(r, ["rows", i], input.id, version ?? "", problems);
    if (row !== undefined) rows.push(row);
  });
  if (problems.length > 0) throw new NrsError(problems);
  const checked = checkRows(rows, (i) => ["rows", i]);
  if (checked.length > 0) throw new NrsError(checked);
  const pack: { -readonly [K in keyof FactorPack]?: FactorPack[K] } = {
    id: input.id,
    version: version!,
    title: title!,
    generatedFrom: Object.freeze(sources),
    rows: Object.freeze(rows),
  };
  if (description !== undefined) pack.description = description;
  return Object.freeze(pack as FactorPack);
}

/** A filter for {@link listFactors}: every field given must match. */
export interface FactorFilter {
  readonly item?: string;
  readonly criterion?: FactorCriterion;
  readonly stage?: Stage;
  readonly geography?: string;
  readonly year?: number;
}

/**
 * Lists the rows of a pack, optionally filtered.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, listFactors } from "@nrs/footprint";
 * const grid = listFactors(defaultFactorPack, { item: "electricite_FR" });
 * console.log(grid.map((r) => r.year).length > 0); // true
 * ```
 */
export function listFactors(pack: FactorPack, filter: FactorFilter = {}): readonly FactorRow[] {
  return pack.rows.filter(
    (r) =>
      (filter.item === undefined || r.item === filter.item) &&
      (filter.criterion === undefined || r.criterion === filter.criterion) &&
      (filter.stage === undefined || r.stage === filter.stage) &&
      (filter.geography === undefined || r.geography === filter.geography) &&
      (filter.year === undefined || r.year === filter.year),
  );
}

/**
 * Lists the distinct items of a pack (device types, grids, networks...), in order of first appearance.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, listFactorItems } from "@nrs/footprint";
 * console.log(listFactorItems(defaultFactorPack).includes("ordinateur_portable")); // true
 * ```
 */
export function listFactorItems(pack: FactorPack): readonly string[] {
  return [...new Set(pack.rows.map((r) => r.item))];
}

function keyOf(r: { item: string; criterion: string; stage?: string | undefined; geography: string; year: number }): string {
  return `${r.item}\u0000${r.criterion}\u0000${r.stage ?? ""}\u0000${r.geography}\u0000${r.year}`;
}

/**
 * Combines packs: rows of later packs replace the rows of earlier packs that have the same id or the
 * same item, criterion, stage, geography and year; other rows are kept. Each row keeps the id and
 * version of the pack it came from, so traces still cite the right source.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, defineFactorPack, lookupFactor, mergeFactorPacks } from "@nrs/footprint";
 * const mine = defineFactorPack({
 *   id: "mine", version: "1", title: { fr: "Mes facteurs", en: "My factors" },
 *   rows: [{ id: "grid", item: "electricite_FR", criterion: "gwp", stage: "use", value: "0.05",
 *     unit: "kgCO2e/kWh", source: "My supplier", year: 2025, geography: "FR", licence: "own data" }],
 * });
 * const merged = mergeFactorPacks([defaultFactorPack, mine], { id: "fr-ademe+mine", version: "1" });
 * const row = lookupFactor(merged, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2025 });
 * console.log(row.value.toString(), row.pack); // "0.05" "mine"
 * ```
 */
export function mergeFactorPacks(
  packs: readonly FactorPack[],
  meta: { readonly id: string; readonly version: string; readonly title?: Message },
): FactorPack {
  if (packs.length === 0) {
    throw new NrsError([problem("NRS_NO_PACK", ["packs"], "Aucun jeu de facteurs à fusionner.", "No factor pack to merge.")]);
  }
  const byId = new Map<string, FactorRow>();
  const byKey = new Map<string, string>();
  for (const pack of packs) {
    for (const row of pack.rows) {
      const k = keyOf(row);
      const replacedId = byKey.get(k);
      if (replacedId !== undefined) byId.delete(replacedId);
      byId.delete(row.id);
      byId.set(row.id, row);
      byKey.set(k, row.id);
    }
  }
  return Object.freeze({
    id: meta.id,
    version: meta.version,
    title: meta.title ?? {
      fr: `Fusion de ${packs.map((p) => `${p.id}@${p.version}`).join(", ")}`,
      en: `Merge of ${packs.map((p) => `${p.id}@${p.version}`).join(", ")}`,
    },
    generatedFrom: Object.freeze([
      ...packs.map((p) => ({ name: p.id, version: p.version })),
      ...packs.flatMap((p) => p.generatedFrom),
    ]),
    rows: Object.freeze([...byId.values()]),
  });
}

/**
 * Overrides some rows of a pack with a user's own (validated like {@link defineFactorPack}); see
 * {@link mergeFactorPacks} for which rows are replaced. The user's rows are cited as pack `meta.id`.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, lookupFactor, overrideFactors } from "@nrs/footprint";
 * const pack = overrideFactors(defaultFactorPack, [
 *   { id: "pue-mine", item: "datacenter_FR", criterion: "pue", value: "1.3", unit: "ratio",
 *     source: "Contrat d'hébergement 2025", year: 2025, geography: "FR", licence: "own data" },
 * ], { id: "ville", version: "2025" });
 * console.log(lookupFactor(pack, { item: "datacenter_FR", criterion: "pue", year: 2025 }).value.toString()); // "1.3"
 * ```
 */
export function overrideFactors(
  pack: FactorPack,
  rows: readonly FactorRowInput[],
  meta: { readonly id: string; readonly version: string; readonly title?: Message },
): FactorPack {
  const user = defineFactorPack({ id: meta.id, version: meta.version, title: meta.title ?? { fr: meta.id, en: meta.id }, rows });
  return mergeFactorPacks([pack, user], { id: `${pack.id}+${meta.id}`, version: `${pack.version}+${meta.version}` });
}

/**
 * What {@link lookupFactor} is asked for. With `year`, the row of that year is taken, else the latest
 * row before it; without, the latest row. With `geography`, only rows of that geography qualify.
 */
export interface FactorQuery {
  readonly item: string;
  readonly criterion: FactorCriterion;
  readonly stage?: Stage;
  readonly geography?: string;
  readonly year?: number;
}

interface PackIndex {
  readonly byKey: Map<string, FactorRow[]>;
}

const indexes = new WeakMap<FactorPack, PackIndex>();

function indexOf(pack: FactorPack): PackIndex {
  let idx = indexes.get(pack);
  if (idx === undefined) {
    const byKey = new Map<string, FactorRow[]>();
    for (const r of pack.rows) {
      const k = `${r.item}\u0000${r.criterion}\u0000${r.stage ?? ""}`;
      let list = byKey.get(k);
      if (list === undefined) {
        list = [];
        byKey.set(k, list);
      }
      list.push(r);
    }
    idx = { byKey };
    indexes.set(pack, idx);
  }
  return idx;
}

/**
 * Finds the factor a query asks for, or `undefined` (see {@link lookupFactor} for the rules).
 *
 * @example
 * ```ts
 * import { defaultFactorPack, findFactor } from "@nrs/footprint";
 * console.log(findFactor(defaultFactorPack, { item: "grille_pain", criterion: "gwp", stage: "manufacturing" })); // undefined
 * ```
 */
export function findFactor(pack: FactorPack, query: FactorQuery): FactorRow | undefined {
  const candidates = indexOf(pack).byKey.get(`${query.item}\u0000${query.criterion}\u0000${query.stage ?? ""}`);
  if (candidates === undefined) return undefined;
  let best: FactorRow | undefined;
  for (const r of candidates) {
    if (query.geography !== undefined && r.geography !== query.geography) continue;
    if (query.year !== undefined && r.year > query.year) continue;
    if (best === undefined || r.year > best.year) best = r;
  }
  return best;
}

function describeQuery(q: FactorQuery): string {
  const parts = [`item=${q.item}`, `criterion=${q.criterion}`];
  if (q.stage !== undefined) parts.push(`stage=${q.stage}`);
  if (q.geography !== undefined) parts.push(`geography=${q.geography}`);
  if (q.year !== undefined) parts.push(`year≤${q.year}`);
  return parts.join(", ");
}

/**
 * Finds the factor a query asks for: the rows with that item, criterion and stage (and geography, if
 * given); among them the one of `year`, or else the latest before `year` (the latest of all without a
 * year). Throws an `NrsError` with code `NRS_FACTOR_NOT_FOUND` naming what was asked and the pack.
 *
 * @example
 * ```ts
 * import { NrsError } from "@nrs/core";
 * import { defaultFactorPack, lookupFactor } from "@nrs/footprint";
 * const g = lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2024 });
 * console.log(g.unit, g.year); // "kgCO2e/kWh" 2024
 * try {
 *   lookupFactor(defaultFactorPack, { item: "grille_pain", criterion: "gwp", stage: "manufacturing" });
 * } catch (e) {
 *   if (!(e instanceof NrsError) || e.code !== "NRS_FACTOR_NOT_FOUND") throw e;
 * }
 * ```
 */
export function lookupFactor(pack: FactorPack, query: FactorQuery): FactorRow {
  const row = findFactor(pack, query);
  if (row !== undefined) return row;
  const what = describeQuery(query);
  throw new NrsError([
    {
      code: "NRS_FACTOR_NOT_FOUND",
      severity: "error",
      path: ["factor"],
      message: {
        fr: `Aucun facteur pour ${what} dans le jeu ${pack.id}@${pack.version}.`,
        en: `No factor for ${what} in pack ${pack.id}@${pack.version}.`,
      },
    },
  ]);
}

/**
 * The trace entry of a factor row: what a result cites.
 *
 * @example
 * ```ts
 * import { defaultFactorPack, lookupFactor, traceFactor } from "@nrs/footprint";
 * const t = traceFactor(lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use" }));
 * console.log(t.pack, t.source.length > 0); // "fr-ademe" true
 * ```
 */
export function traceFactor(row: FactorRow): TracedFactor {
  const t: { -readonly [K in keyof TracedFactor]?: TracedFactor[K] } = {
    id: row.id,
    pack: row.pack,
    packVersion: row.packVersion,
    item: row.item,
    criterion: row.criterion,
    value: row.value.toFixed(),
    unit: row.unit,
    year: row.year,
    source: row.source,
    licence: row.licence,
  };
  if (row.stage !== undefined) t.stage = row.stage;
  if (row.min !== undefined) t.min = row.min.toFixed();
  if (row.max !== undefined) t.max = row.max.toFixed();
  if (row.sourceUrl !== undefined) t.sourceUrl = row.sourceUrl;
  return t as TracedFactor;
}
