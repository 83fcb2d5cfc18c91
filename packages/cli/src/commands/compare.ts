import { definedProps } from "@nrs/core";
import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Problem } from "@nrs/core";
import { compareCollectivites, type CompareSubject } from "@nrs/indicators";
import { renderComparison, type ReportFormat } from "@nrs/report";
import { CliError } from "../cli-error.js";
import type { Command } from "../command-line/command-line.js";
import { ExitCode } from "../exit-code.js";
import { assertSafeOutput } from "../output/output-guard.js";
import { generationDate, writeOutput } from "../output/write-output.js";
import { fileSubjects, projectFolders, projectSubject } from "../project/compare-subjects.js";
import { loadProject } from "../project/load-project.js";

const FORMATS: Record<string, ReportFormat> = { html: "html", md: "markdown", markdown: "markdown", json: "json" };

/**
 * `nrs compare <dossier|fichier.csv>… [--year A] [--groupe taille|type] [--format html|md|json] [--out F]`:
 * computes the indicators of each project folder (a folder of project folders counts as all of them),
 * reads each published `impact-service-public-numerique` file, and compares them with
 * `compareCollectivites`: Markdown on standard output, or the page (HTML by default) with `--out`.
 */
export const compareCommand: Command = async (cl, r, io) => {
  if (cl.positionals.length === 0) {
    throw new CliError(
      "NRS_CLI_MISSING_ARGUMENT",
      {
        fr: "Donnez au moins deux dossiers de projet ou fichiers CSV publiés.",
        en: "Give at least two project folders or published CSV files.",
      },
      {
        fr: "Exemple : nrs compare examples/val-de-fictive examples/fictiville",
        en: "Example: nrs compare examples/val-de-fictive examples/fictiville",
      },
      ExitCode.usage,
    );
  }
  const date = generationDate(io);
  const folders: string[] = [];
  const files: string[] = [];
  for (const arg of cl.positionals) {
    const isDir = await stat(resolve(io.cwd, arg)).then(
      (s) => s.isDirectory(),
      () => undefined,
    );
    if (isDir === undefined) {
      throw new CliError(
        "NRS_CLI_NOT_FOUND",
        { fr: `${arg} n'existe pas.`, en: `${arg} does not exist.` },
        { fr: "Vérifiez le chemin.", en: "Check the path." },
        ExitCode.io,
      );
    }
    if (isDir) folders.push(...(await projectFolders(arg, io)));
    else files.push(arg);
  }
  // The year: --year, else the latest year of the first project folder, else of the first file.
  let year = cl.year;
  // Each project folder is read once; its documents give the default year and then its subject.
  const projects = [];
  for (const dir of folders) projects.push(await loadProject(dir, io.cwd));
  if (year === undefined) year = projects[0]?.years.at(-1);
  const subjects: CompareSubject[] = [];
  const problems: Problem[] = [];
  const total = folders.length + files.length;
  let done = 0;
  const progress = (what: string): void => r.note({ fr: `[${++done}/${total}] ${what}`, en: `[${done}/${total}] ${what}` });
  for (const file of files) {
    const got = await fileSubjects(file, year, io);
    year ??= got.years.at(-1);
    const kept = year === undefined ? got.subjects : got.subjects.filter((s) => s.year === year);
    if (kept.length === 0 && got.problems.every((p) => p.severity !== "error")) {
      problems.push({
        code: "NRS_COMPARE_YEAR_MISSING",
        severity: "error",
        path: [],
        file,
        message: {
          fr: `${file} : aucune valeur mesurée pour ${year} (années : ${got.years.join(", ") || "aucune"}).`,
          en: `${file}: no measured value for ${year} (years: ${got.years.join(", ") || "none"}).`,
        },
      });
    }
    subjects.push(...kept);
    problems.push(...got.problems);
    progress(file);
  }
  for (const [i, project] of projects.entries()) {
    const dir = folders[i]!;
    const got = await projectSubject(project, year!, r, date);
    subjects.push(...got.subjects);
    problems.push(...got.problems);
    progress(dir);
  }
  const comparison = compareCollectivites(subjects, {
    ...definedProps({ year, groupBy: cl.groupe }),
  });
  const all = [...problems, ...comparison.problems];
  const ok = all.every((p) => p.severity !== "error");
  const format = FORMATS[cl.format ?? "html"]!;
  if (cl.out !== undefined) {
    // Every folder compared is a project whose files --out must not replace, and no input file either.
    const target = resolve(io.cwd, cl.out);
    for (const dir of folders) await assertSafeOutput(target, cl.out, resolve(io.cwd, dir));
    const real = await realpath(target).catch(() => target);
    for (const file of files) {
      if ((await realpath(resolve(io.cwd, file)).catch(() => undefined)) === real) {
        throw new CliError(
          "NRS_CLI_BAD_OUT",
          { fr: `--out ${cl.out} : c'est un des fichiers comparés.`, en: `--out ${cl.out}: it is one of the files compared.` },
          { fr: "Choisissez un nouveau fichier.", en: "Choose a new file." },
          ExitCode.usage,
        );
      }
    }
    const shown = await writeOutput(io, cl.out, renderComparison(comparison, { format, lang: r.lang, generatedAt: date }), undefined);
    r.note({ fr: `Comparaison écrite dans ${shown}`, en: `Comparison written to ${shown}` });
  } else if (!cl.json) {
    io.stdout.write(
      renderComparison(comparison, { format: cl.format === undefined ? "markdown" : format, lang: r.lang, generatedAt: date }),
    );
  }
  r.problems(all, "stderr");
  r.json("compare", { ok, year: comparison.year, comparison, problems: all });
  return ok ? ExitCode.ok : ExitCode.problems;
};
