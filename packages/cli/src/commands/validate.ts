import type { Problem } from "@nrs/core";
import type { IndicatorResults } from "@nrs/indicators";
import { ExitCode } from "../exit-code.js";
import { countProblems, describeCounts } from "../output/summarize-problems.js";
import { loadFactorPack } from "../project/load-factor-pack.js";
import { loadProject } from "../project/load-project.js";
import { pickYear } from "../project/pick-year.js";
import { LAYOUT } from "../project/project-layout.js";
import { yearIndicators } from "../project/year-indicators.js";
import { collectedAndComputed } from "../project/collected-and-computed.js";
import { complianceFindings } from "../project/compliance.js";
import { placeholderSiren } from "../project/placeholder-siren.js";
import type { Command } from "../command-line/command-line.js";
import { requireFolderArgument } from "./folder-argument.js";

/**
 * `nrs validate <dir> [--year Y]`: every problem in every file (file:line:column), then the compliance
 * findings of `@nrs/model`; exit code 0 only when there is no error.
 */
export const validateCommand: Command = async (cl, r, io) => {
  const dir = requireFolderArgument(cl);
  const project = await loadProject(dir, io.cwd);
  const { pack, problems: packProblems } = await loadFactorPack(project);
  const fileProblems: Problem[] = [...project.problems, ...packProblems];
  // With --year, the year must exist in the folder: validating nothing must not look like success.
  const years =
    cl.year !== undefined
      ? [await pickYear(cl, project, (y) => project.years.includes(y), { fr: "données ni bilan", en: "data or bilan" })]
      : project.years;
  const computed = new Map<number, IndicatorResults>();
  for (const year of years) {
    // The inventory is streamed without keeping its lines, so validating a huge file takes constant memory.
    const y = await yearIndicators(project, year, pack, r, { inventoryLines: false });
    fileProblems.push(...y.allProblems);
    computed.set(year, y.results);
  }
  // With --year, only that year's bilan is judged (the others would lack their computed indicators).
  const findings = [
    ...placeholderSiren(project),
    ...complianceFindings(project, codesOf(computed)),
    ...collectedAndComputed(project, computed),
  ].filter((p) => cl.year === undefined || !p.file?.includes("bilans/") || p.file.endsWith(LAYOUT.bilan(cl.year)));

  r.line({ fr: `Fichiers de ${dir}`, en: `Files of ${dir}` });
  if (fileProblems.length === 0) r.line({ fr: "  aucun problème", en: "  no problem" });
  else r.problems(fileProblems);
  r.line();
  r.line({ fr: "Conformité (loi 2021-1485 art. 35, décret 2022-1084)", en: "Compliance (law 2021-1485 art. 35, decree 2022-1084)" });
  // A document in error was not checked: say so, never « aucune remarque », which would read as compliant.
  const unread = unreadDocuments(project, fileProblems);
  if (unread.length > 0) {
    r.line({
      fr: `  non vérifiée pour ${unread.join(", ")} : le document n'a pas pu être lu (erreurs ci-dessus)`,
      en: `  not verified for ${unread.join(", ")}: the document could not be read (errors above)`,
    });
  }
  if (findings.length === 0 && unread.length === 0) r.line({ fr: "  aucune remarque", en: "  no finding" });
  else if (findings.length === 0) r.line({ fr: "  aucune remarque sur les documents lus", en: "  no finding on the documents read" });
  else r.problems(findings);
  const all = [...fileProblems, ...findings];
  const counts = countProblems(all);
  r.line();
  r.line(`${describeCounts(counts, r)}.`);
  r.json("validate", { ok: counts.errors === 0, folder: dir, years, counts, problems: fileProblems, findings });
  return counts.errors === 0 ? ExitCode.ok : ExitCode.problems;
};

/** The model documents the compliance checks could not read: missing after loading, with an error on their file. */
function unreadDocuments(project: Awaited<ReturnType<typeof loadProject>>, problems: readonly Problem[]): string[] {
  const inError = (file: string) =>
    problems.some((p) => p.severity === "error" && p.file !== undefined && (p.file === file || p.file.endsWith("/" + file)));
  const docs: [string, unknown][] = [
    [LAYOUT.collectivite, project.collectivite],
    [LAYOUT.programme, project.programme],
    [LAYOUT.strategie, project.strategie],
    ...project.years.map((y): [string, unknown] => [LAYOUT.bilan(y), project.bilans.get(y)]),
  ];
  return docs.filter(([file, doc]) => doc === undefined && inError(file)).map(([file]) => file);
}

/** The codes of the indicators computed each year, as the compliance checks of `@nrs/model` take them. */
function codesOf(computed: ReadonlyMap<number, IndicatorResults>): Map<number, string[]> {
  return new Map([...computed].map(([year, results]) => [year, results.values.map((v) => v.code)]));
}
