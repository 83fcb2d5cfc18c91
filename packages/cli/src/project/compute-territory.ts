import { NrsError, safeParse, type Problem, type ProblemPath } from "@nrs/core";
import {
  computeTerritoryFootprint,
  territoryStudyYear,
  type ImpactTable,
  type TerritoryFootprintInput,
  type TerritoryFootprintResult,
} from "@nrs/footprint";
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

// The calculator's input names → the names of territoire.json, so that an error points into the file.
const JSON_NAMES: Readonly<Record<string, string>> = { name: "nom", itEnergyKWh: "energieInformatiqueKWh", itPowerKW: "puissanceInformatiqueKW" };

function toInput(d: DonneesTerritoire, year: number, population: number, administration: ImpactTable | undefined): TerritoryFootprintInput {
  const dc = d.centresDeDonnees;
  return {
    year,
    population,
    ...(d.menages === undefined ? {} : { menages: d.menages }),
    ...(d.abonnementsFixes === undefined ? {} : { abonnementsFixes: d.abonnementsFixes }),
    ...(dc === undefined
      ? {}
      : {
          centresDeDonnees: {
            ...(dc.comptage === undefined ? {} : { comptage: dc.comptage }),
            sites: (dc.sites ?? []).map((s) => ({
              name: s.nom,
              ...(s.energieInformatiqueKWh === undefined ? {} : { itEnergyKWh: s.energieInformatiqueKWh }),
              ...(s.puissanceInformatiqueKW === undefined ? {} : { itPowerKW: s.puissanceInformatiqueKW }),
              ...(s.pue === undefined ? {} : { pue: s.pue }),
            })),
          },
        }),
    ...(administration !== undefined && d.partAdministration !== false ? { administration } : {}),
  };
}

/**
 * Computes the territory's footprint for a reporting year with `@nrs/footprint`'s
 * `computeTerritoryFootprint`: the population of `collectivite.json`, the local data of
 * `donnees/<year>/territoire.json` when present (population only otherwise), the latest study year of
 * the edition not after the reporting year, and the administration's footprint as a share. Problems
 * come back at their file and place (a population error at `collectivite.json`).
 */
export async function computeTerritory(project: LoadedProject, year: number, administration: ImpactTable | undefined): Promise<YearTerritory> {
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
      code: "NRS_TERRITORY_NO_POPULATION", severity: "error", path: ["population"], file: project.files.display(LAYOUT.collectivite),
      message: { fr: "La population du territoire vient de collectivite.json, absent ou invalide.", en: "The territory's population comes from collectivite.json, missing or invalid." },
    };
    return { file, data, footprint: undefined, problems: [p] };
  }
  const edition = data.edition ?? "2025";
  const study = territoryStudyYear(year, edition);
  if (study === undefined) {
    const p: Problem = {
      code: "NRS_TERRITORY_UNKNOWN_YEAR", severity: "error", path: ["edition"], file: project.files.display(path),
      message: {
        fr: `L'édition ${edition} de l'évaluation ADEME–Arcep n'a pas de chiffres pour ${year} ou avant.`,
        en: `Edition ${edition} of the ADEME–Arcep assessment has no figures for ${year} or earlier.`,
      },
    };
    return { file, data, footprint: undefined, problems: [p] };
  }
  try {
    const footprint = computeTerritoryFootprint(toInput(data, study, c.population.valeur, administration), { edition });
    return { file, data, footprint, problems: [] };
  } catch (e) {
    if (!(e instanceof NrsError)) throw e;
    const problems = e.problems.map((p): Problem => {
      if (p.path[0] === "population") return { ...p, path: ["population", "valeur"], file: project.files.display(LAYOUT.collectivite) };
      const mapped: ProblemPath = p.path.map((k) => (typeof k === "string" ? (JSON_NAMES[k] ?? k) : k));
      return project.files.withFile(path, [{ ...p, path: mapped }], located)[0] ?? p;
    });
    return { file, data, footprint: undefined, problems };
  }
}
