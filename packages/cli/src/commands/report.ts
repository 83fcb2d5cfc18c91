import { renderBilan, type BilanReportInput, type FactorCitation, type ReportFormat } from "@nrs/report";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { generationDate, writeOutput } from "../output/write-output.js";
import { complianceFindings } from "../project/compliance.js";
import { computeInventory } from "../project/compute-inventory.js";
import { loadFactorPack } from "../project/load-factor-pack.js";
import { loadProject, type LoadedProject } from "../project/load-project.js";
import { LAYOUT } from "../project/project-layout.js";
import { pickYear } from "../project/pick-year.js";
import type { Command } from "../run.js";
import { requireFolderArgument } from "./folder-argument.js";

const FORMATS: Record<string, ReportFormat> = { html: "html", md: "markdown", markdown: "markdown", json: "json" };

/**
 * `nrs report <dir> --year Y --format html|md|json --lang fr|en --out FILE`: renders the bilan annuel
 * with `@nrs/report`'s `renderBilan`. The documents must be free of errors first (`nrs validate`).
 */
export const reportCommand: Command = async (cl, r, io) => {
  const dir = requireFolderArgument(cl);
  const format = FORMATS[cl.format ?? "html"];
  if (!format) {
    throw new CliError(
      "NRS_CLI_BAD_FORMAT",
      { fr: `Format inconnu : « ${cl.format} ».`, en: `Unknown format: "${cl.format}".` },
      { fr: "Choisissez --format html, md ou json.", en: "Choose --format html, md or json." },
      ExitCode.usage,
    );
  }
  const project = await loadProject(dir, io.cwd);
  const year = await pickYear(cl, project, (y) => project.files.exists(LAYOUT.bilan(y)), {
    fr: "bilan (bilans/<année>.json)",
    en: "bilan (bilans/<year>.json)",
  });
  const { collectivite, programme, strategie } = project;
  const bilan = project.bilans.get(year);
  if (project.problems.some((p) => p.severity === "error") || !collectivite || !strategie || !bilan) {
    throw documentsInError(project, dir);
  }

  const { pack, problems: packProblems } = await loadFactorPack(project);
  let empreinte: BilanReportInput["empreinte"];
  let facteurs: FactorCitation[] | undefined;
  if (await project.files.exists(LAYOUT.data(year, "inventaire.csv"))) {
    const inventory = await computeInventory(project, year, pack, r);
    const errors = [...packProblems, ...inventory.problems].filter((p) => p.severity === "error");
    if (errors.length > 0) {
      throw new CliError(
        "NRS_CLI_DATA_ERRORS",
        { fr: "L'inventaire contient des erreurs : le bilan serait incomplet.", en: "The inventory holds errors: the report would be incomplete." },
        { fr: `Corrigez-les (nrs validate ${dir}), puis relancez.`, en: `Fix them (nrs validate ${dir}), then run again.` },
        ExitCode.problems,
        errors,
      );
    }
    empreinte = {
      total: inventory.impacts,
      categories: [{ code: "inventaire", libelle: { fr: "Parc d'équipements (inventaire)", en: "Device estate (inventory)" }, impact: inventory.impacts }],
    };
    facteurs = inventory.trace.factors.map((f) => ({
      id: f.id,
      pack: f.pack,
      packVersion: f.packVersion,
      criterion: f.criterion,
      value: f.value,
      unit: f.unit,
      year: f.year,
      source: f.source,
      sourceUrl: f.sourceUrl,
      licence: f.licence,
    }));
  }
  const constats = complianceFindings(project).filter((p) => !p.file?.includes("bilans/") || p.file.endsWith(LAYOUT.bilan(year)));
  const rendered = renderBilan(
    { collectivite, programme, strategie, bilan, constats, empreinte, facteurs },
    { format, lang: r.lang, generatedAt: generationDate(io) },
  );

  const written = cl.out ? await writeOutput(io, cl.out, rendered.content) : undefined;
  if (written) {
    r.line({ fr: `Bilan annuel ${year} (${cl.format ?? "html"}) écrit dans ${written}`, en: `Annual report ${year} (${cl.format ?? "html"}) written to ${written}` });
  } else if (!r.options.json) {
    io.stdout.write(rendered.content.endsWith("\n") ? rendered.content : `${rendered.content}\n`);
  }
  r.json("report", {
    ok: true,
    folder: dir,
    year,
    format,
    out: written,
    mediaType: rendered.mediaType,
    provenance: rendered.provenance,
    ...(written ? {} : { content: rendered.content }),
  });
  return ExitCode.ok;
};

function documentsInError(project: LoadedProject, dir: string): CliError {
  const errors = project.problems.filter((p) => p.severity === "error");
  return new CliError(
    "NRS_CLI_DOCUMENTS_IN_ERROR",
    { fr: "Les documents du projet sont absents ou contiennent des erreurs.", en: "The project's documents are missing or hold errors." },
    { fr: `Corrigez-les (nrs validate ${dir}), puis relancez.`, en: `Fix them (nrs validate ${dir}), then run again.` },
    ExitCode.problems,
    errors,
  );
}
