import { NrsError, safeParse, type Problem } from "@nrs/core";
import { computeTerritoryFootprint, territoryStudyYear, type ImpactTable, type TerritoryFootprintResult } from "@nrs/footprint";
import { territoryFootprintInput, territoryInputPath } from "@nrs/indicators";
import { DonneesTerritoireSchema, type DonneesTerritoire } from "@nrs/model";
import type { LoadedProject } from "./load-project.js";
import type { JsonFile } from "./project-files.js";
import { LAYOUT } from "./project-layout.js";

/** The territory of a year: `territoire.json` as read, its footprint, and the problems. */
export interface YearTerritory {
  /** Whether `donnees/<year>/territoire.json` exists. */
  readonly file: boolean;
  readonly data: DonneesTerritoire | undefined;
  readonly footprint: TerritoryFootprintResult | undefined;
  readonly problems: readonly Problem[];
}

/**
 * Computes the territory's footprint for a reporting year with `@nrs/footprint`'s
 * `computeTerritoryFootprint`: the population of `collectivite.json`, the local data of
 * `donnees/<year>/territoire.json` when present (population only otherwise), the latest study year of
 * the edition not after the reporting year, and the administration's footprint as a share. Problems
 * come back at their file and place (a population error at `collectivite.json`).
 */
export async function computeTerritory(
  project: LoadedProject,
  year: number,
  administration: ImpactTable | undefined,
): Promise<YearTerritory> {
  const path = LAYOUT.data(year, "territoire.json");
  const file = await project.files.exists(path);
  let data: DonneesTerritoire = {};
  let located: (JsonFile & { ok: true }) | undefined;
  if (file) {
    const json = await project.files.readJson(path);
    if (!json.ok) return { file, data: undefined, footprint: undefined, problems: json.problems };
    const parsed = safeParse(DonneesTerritoireSchema, json.value);
    if (!parsed.ok) return { file, data: undefined, footprint: undefined, problems: project.files.withFile(path, parsed.errors, json) };
    data = parsed.value;
    located = json;
  }
  const c = project.collectivite;
  if (c === undefined) {
    const p: Problem = {
      code: "NRS_TERRITORY_NO_POPULATION",
      severity: "error",
      path: ["population"],
      file: project.files.display(LAYOUT.collectivite),
      message: {
        fr: "La population du territoire vient de collectivite.json, absent ou invalide.",
        en: "The territory's population comes from collectivite.json, missing or invalid.",
      },
    };
    return { file, data, footprint: undefined, problems: [p] };
  }
  const edition = data.edition ?? "2025";
  const study = territoryStudyYear(year, edition);
  if (study === undefined) {
    const p: Problem = {
      code: "NRS_TERRITORY_UNKNOWN_YEAR",
      severity: "error",
      path: ["edition"],
      file: project.files.display(path),
      message: {
        fr: `L'édition ${edition} de l'évaluation ADEME–Arcep n'a pas de chiffres pour ${year} ou avant.`,
        en: `Edition ${edition} of the ADEME–Arcep assessment has no figures for ${year} or earlier.`,
      },
    };
    return { file, data, footprint: undefined, problems: [p] };
  }
  try {
    const footprint = computeTerritoryFootprint(
      territoryFootprintInput(data, { year: study, population: c.population.valeur, ...(administration ? { administration } : {}) }),
      { edition },
    );
    return { file, data, footprint, problems: [] };
  } catch (e) {
    if (!(e instanceof NrsError)) throw e;
    const problems = e.problems.map((p): Problem => {
      if (p.path[0] === "population") return { ...p, path: ["population", "valeur"], file: project.files.display(LAYOUT.collectivite) };
      return project.files.withFile(path, [{ ...p, path: territoryInputPath(p.path) }], located)[0] ?? p;
    });
    return { file, data, footprint: undefined, problems };
  }
}
