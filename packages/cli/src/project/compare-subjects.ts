import { definedProps } from "@nrs/core";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { Problem } from "@nrs/core";
import { subjectFromResults, type CompareSubject } from "@nrs/indicators";
import { parseOpenDataIndicatorsCsv, subjectsFromOpenData } from "@nrs/report";
import { CliError } from "../cli-error.js";
import type { CliIo } from "../cli-io.js";
import { ExitCode } from "../exit-code.js";
import type { Reporter } from "../output/reporter.js";
import { loadFactorPack } from "./load-factor-pack.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";
import { yearIndicators } from "./year-indicators.js";

/** What one argument of `nrs compare` gave: subjects, problems, and for project folders their years. */
export interface ComparedInputs {
  readonly subjects: CompareSubject[];
  readonly problems: Problem[];
}

const isProject = async (dir: string): Promise<boolean> => {
  try {
    return (await stat(join(dir, LAYOUT.collectivite))).isFile();
  } catch {
    return false;
  }
};

/**
 * The folders an argument names: itself when it is a project folder (it holds `collectivite.json`),
 * else its sub-folders that are (a consultancy's portfolio).
 */
export async function projectFolders(arg: string, io: CliIo): Promise<string[]> {
  const dir = resolve(io.cwd, arg);
  if (await isProject(dir)) return [arg];
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (await isProject(join(dir, e.name))) found.push(join(arg, e.name));
  }
  if (found.length === 0) {
    throw new CliError(
      "NRS_CLI_COMPARE_NOTHING",
      {
        fr: `${arg} n'est ni un dossier de projet (collectivite.json) ni un dossier de projets.`,
        en: `${arg} is neither a project folder (collectivite.json) nor a folder of projects.`,
      },
      {
        fr: "Donnez des dossiers créés par nrs init, ou des fichiers CSV publiés (impact-service-public-numerique).",
        en: "Give folders made by nrs init, or published CSV files (impact-service-public-numerique).",
      },
      ExitCode.usage,
    );
  }
  return found;
}

/** The subject of a project folder for a year: its computed indicators and its size. */
export async function projectSubject(project: LoadedProject, year: number, r: Reporter, date: string): Promise<ComparedInputs> {
  const c = project.collectivite;
  if (c === undefined) return { subjects: [], problems: [...project.problems] };
  if (!project.years.includes(year)) {
    return {
      subjects: [],
      problems: [
        {
          code: "NRS_COMPARE_YEAR_MISSING",
          severity: "error",
          path: [],
          file: project.files.display(""),
          message: {
            fr: `${c.nom} : pas de données pour ${year} (années : ${project.years.join(", ") || "aucune"}) ; écartée.`,
            en: `${c.nom}: no data for ${year} (years: ${project.years.join(", ") || "none"}); left out.`,
          },
        },
      ],
    };
  }
  const { pack, problems: packProblems } = await loadFactorPack(project);
  const computed = await yearIndicators(project, year, pack, r, { inventoryLines: true });
  const subject = subjectFromResults(computed.results, {
    id: c.siren,
    name: c.nom,
    type: c.type,
    ...definedProps({ codeInsee: c.codeInsee }),
    population: c.population.valeur,
    ...definedProps({ agents: c.agentsEtp, devices: computed.inventory?.stats.quantity }),
    source: { kind: "projet", label: project.files.display(""), date },
  });
  return {
    subjects: [subject],
    problems: [...project.problems, ...packProblems, ...computed.allProblems].filter((p) => p.severity === "error"),
  };
}

/** The subjects of a published CSV file (rows of the year only). */
export async function fileSubjects(file: string, year: number | undefined, io: CliIo): Promise<ComparedInputs & { years: number[] }> {
  const path = resolve(io.cwd, file);
  let text: string;
  let date: string;
  try {
    const bytes = await readFile(path);
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    date = (await stat(path)).mtime.toISOString().slice(0, 10);
  } catch (e) {
    const encoding = e instanceof TypeError;
    throw new CliError(
      encoding ? "NRS_CLI_NOT_UTF8" : "NRS_CLI_CANNOT_READ",
      encoding
        ? { fr: `${file} n'est pas en UTF-8.`, en: `${file} is not UTF-8.` }
        : { fr: `Impossible de lire ${file}.`, en: `Cannot read ${file}.` },
      encoding ? { fr: "Réenregistrez-le en UTF-8.", en: "Save it again as UTF-8." } : { fr: "Vérifiez le chemin.", en: "Check the path." },
      ExitCode.io,
    );
  }
  const parsed = parseOpenDataIndicatorsCsv(text);
  const inFile = (ps: readonly Problem[]): Problem[] => ps.map((p) => ({ ...p, file }));
  if (!parsed.ok) return { subjects: [], problems: inFile([...parsed.errors, ...parsed.warnings]), years: [] };
  const { subjects, problems } = subjectsFromOpenData(parsed.value, { kind: "opendata", label: basename(file), date });
  const years = [...new Set(subjects.map((s) => s.year))].sort();
  return {
    subjects: year === undefined ? subjects : subjects.filter((s) => s.year === year),
    problems: inFile([...parsed.warnings, ...problems]),
    years,
  };
}
