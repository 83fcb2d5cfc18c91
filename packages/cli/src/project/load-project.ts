import type { Problem, Result } from "@nrs/core";
import { parseBilan, parseCollectivite, parseProgramme, parseStrategy, type BilanAnnuel } from "@nrs/model";
import { ProjectFiles, type JsonFile } from "./project-files.js";
import { LAYOUT } from "./project-layout.js";
import { parseProjectSettings } from "./parse-project-settings.js";
import type { ProjectDocuments } from "./project-documents.js";
import type { ProjectSettings } from "./project-settings.js";

/** {@link ProjectDocuments} with what the commands need to read the rest of the folder. */
export interface LoadedProject extends ProjectDocuments {
  readonly files: ProjectFiles;
  /** Attaches a file name, and the line and column of each path, to problems about a JSON document of the folder. */
  readonly locate: (file: string, problems: readonly Problem[]) => Problem[];
}

/**
 * Reads the JSON documents of a project folder with `@nrs/model`'s parsers; see
 * {@link readProjectDocuments}. A folder that does not exist is a `CliError` (exit code 3).
 */
export async function loadProject(dir: string, cwd: string): Promise<LoadedProject> {
  const files = new ProjectFiles(dir, cwd);
  await files.assertFolder();
  const problems: Problem[] = [];
  const read = new Map<string, JsonFile>();

  let settings: ProjectSettings = {};
  if (await files.exists(LAYOUT.settings)) {
    const json = await files.readJson(LAYOUT.settings);
    read.set(LAYOUT.settings, json);
    if (json.ok) {
      const parsed = parseProjectSettings(json.value);
      settings = parsed.settings;
      problems.push(...files.withFile(LAYOUT.settings, parsed.problems, json));
    } else {
      problems.push(...json.problems);
    }
  }

  const load = async <T>(file: string, parse: (value: unknown) => Result<T>): Promise<T | undefined> => {
    const json = await files.readJson(file);
    read.set(file, json);
    if (!json.ok) {
      problems.push(...json.problems);
      return undefined;
    }
    const result = parse(json.value);
    if (!result.ok) {
      problems.push(...files.withFile(file, result.errors, json));
      return undefined;
    }
    return result.value;
  };

  const collectivite = await load(LAYOUT.collectivite, parseCollectivite);
  const programme = await load(LAYOUT.programme, parseProgramme);
  const strategie = await load(LAYOUT.strategie, parseStrategy);
  const { years, stray } = await files.years();
  problems.push(...stray);
  const bilans = new Map<number, BilanAnnuel>();
  for (const year of years) {
    const file = LAYOUT.bilan(year);
    if (!(await files.exists(file))) continue;
    const bilan = await load(file, parseBilan);
    if (bilan) {
      if (bilan.annee !== year) {
        problems.push({
          code: "NRS_BILAN_YEAR_MISMATCH",
          severity: "error",
          path: ["annee"],
          file: files.display(file),
          message: {
            fr: `Le bilan ${file} déclare l'année ${bilan.annee} : le nom du fichier et l'année doivent concorder.`,
            en: `The bilan ${file} declares year ${bilan.annee}: the file name and the year must agree.`,
          },
        });
      }
      bilans.set(year, bilan);
    }
  }
  const locate = (file: string, list: readonly Problem[]): Problem[] => {
    const json = read.get(file);
    return files.withFile(file, list, json?.ok ? json : undefined);
  };
  return { files, settings, collectivite, programme, strategie, bilans, years, problems, locate };
}
