import { Decimal } from "decimal.js";
import { negativeProblem, NrsError, problem, toDecimal, type DecimalInput, type Message, type Problem } from "@nrs/core";
import { CRITERIA, STAGES } from "../impact/criteria.js";
import { factorBoundsText, withinFactorBounds } from "./factor-bounds.js";
import {
  PARAMETERS,
  type FactorCriterion,
  type FactorPack,
  type FactorPackInput,
  type FactorRow,
  type FactorRowInput,
  type PackSource,
} from "./factor-pack.js";

function checkRows(rows: readonly FactorRow[], pathOf: (i: number) => (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  rows.forEach((r, i) => {
    const path = pathOf(i);
    const seen = ids.get(r.id);
    if (seen !== undefined) {
      problems.push(
        problem(
          "NRS_DUPLICATE_FACTOR",
          [...path, "id"],
          `Identifiant de facteur en double : ${r.id} (déjà à la ligne ${seen}).`,
          `Duplicate factor id: ${r.id} (already at row ${seen}).`,
        ),
      );
    } else ids.set(r.id, i);
    const isImpact = (CRITERIA as readonly string[]).includes(r.criterion);
    if (isImpact && r.stage === undefined) {
      problems.push(
        problem(
          "NRS_FACTOR_STAGE_MISSING",
          [...path, "stage"],
          `Le facteur ${r.id} (critère ${r.criterion}) doit indiquer une étape du cycle de vie.`,
          `Factor ${r.id} (criterion ${r.criterion}) must give a lifecycle stage.`,
        ),
      );
    }
    const negative = isImpact
      ? negativeProblem(r.value, [...path, "value"], { fr: `Le facteur ${r.id} est négatif.`, en: `Factor ${r.id} is negative.` })
      : undefined;
    if (negative !== undefined) problems.push(negative);
    const outside = [r.value, r.min, r.max].some((v) => v !== undefined && !withinFactorBounds(r.criterion, v));
    if (outside && !(isImpact && r.value.isNegative())) {
      problems.push(
        problem(
          "NRS_OUT_OF_BOUNDS",
          [...path, "value"],
          `Facteur ${r.id} (${r.criterion}) hors des bornes ${factorBoundsText(r.criterion)}.`,
          `Factor ${r.id} (${r.criterion}) outside the bounds ${factorBoundsText(r.criterion)}.`,
        ),
      );
    }
    if ((r.min !== undefined && r.min.gt(r.value)) || (r.max !== undefined && r.max.lt(r.value))) {
      problems.push(
        problem(
          "NRS_BAD_RANGE",
          [...path, "value"],
          `Facteur ${r.id} : il faut min ≤ valeur ≤ max.`,
          `Factor ${r.id}: min ≤ value ≤ max is required.`,
        ),
      );
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
function rowFromInput(
  r: FactorRowInput,
  path: (string | number)[],
  pack: string,
  packVersion: string,
  problems: Problem[],
): FactorRow | undefined {
  const before = problems.length;
  if (typeof r !== "object" || r === null) {
    problems.push(problem("NRS_INVALID_TYPE", path, "Ligne de facteur attendue (objet).", "A factor row (object) is expected."));
    return undefined;
  }
  const id = text(r.id, [...path, "id"], problems, true);
  const item = text(r.item, [...path, "item"], problems, true);
  const criterion = r.criterion as string;
  if (!CRITERION_SET.has(criterion)) {
    problems.push(
      problem(
        "NRS_INVALID_VALUE",
        [...path, "criterion"],
        `Critère inconnu : ${String(criterion)}.`,
        `Unknown criterion: ${String(criterion)}.`,
      ),
    );
  }
  if (r.stage !== undefined && !STAGE_SET.has(r.stage)) {
    problems.push(
      problem("NRS_INVALID_VALUE", [...path, "stage"], `Étape inconnue : ${String(r.stage)}.`, `Unknown stage: ${String(r.stage)}.`),
    );
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
    problems.push(
      problem(
        "NRS_INVALID_YEAR",
        [...path, "year"],
        "Année attendue : nombre entier entre 1900 et 2200.",
        "Expected year: a whole number between 1900 and 2200.",
      ),
    );
  }
  if (problems.length > before) return undefined;
  const row: { -readonly [K in keyof FactorRow]?: FactorRow[K] } = {
    id: id!,
    item: item!,
    criterion: criterion as FactorCriterion,
    value: value!,
    unit: unit!,
    source: source!,
    year: r.year,
    geography: geography!,
    licence: licence!,
    pack,
    packVersion,
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
  if (typeof input !== "object" || input === null)
    throw new NrsError([problem("NRS_INVALID_TYPE", [], "Jeu de facteurs attendu (objet).", "A factor pack (object) is expected.")]);
  if (typeof input.id !== "string" || !PACK_ID.test(input.id)) {
    problems.push(
      problem(
        "NRS_INVALID_FORMAT",
        ["id"],
        "Identifiant de jeu invalide (minuscules, chiffres, . _ -).",
        "Invalid pack id (lower case, digits, . _ -).",
      ),
    );
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
