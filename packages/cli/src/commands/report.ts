import { NrsError, type Message } from "@nrs/core";
import { INVENTORY_TYPES, INVENTORY_USAGES } from "@nrs/footprint";
import { decomposeFootprintChange, type IndicatorResults } from "@nrs/indicators";
import { parseBilanReportInput, renderBilan, type BilanReportInput, type ReportFormat } from "@nrs/report";
import { renderBilanDocx } from "@nrs/report/docx";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { devicesByEntity, footprintSplits, sharedAllocation } from "../project/shared-allocation.js";
import { terminalText } from "../output/terminal-text.js";
import { generationDate, writeOutput } from "../output/write-output.js";
import { complianceFindings } from "../project/compliance.js";
import { dataInError } from "../project/documents-in-error.js";
import { footprintView } from "../project/footprint-view.js";
import { entityIndicators, type EntityIndicators } from "../project/entity-indicators.js";
import { entityCollectivite, reportableEntities } from "../project/entity-collectivite.js";
import { entityReportInput } from "../project/entity-report-input.js";
import { indicatorFollowUps } from "../project/indicator-reports.js";
import { indicatorSplits } from "../project/indicator-splits.js";
import { loadFactorPack } from "../project/load-factor-pack.js";
import { loadProject } from "../project/load-project.js";
import { LAYOUT } from "../project/project-layout.js";
import { pickYear } from "../project/pick-year.js";
import { yearIndicators, type YearIndicators } from "../project/year-indicators.js";
import type { Command } from "../command-line/command-line.js";
import { requireFolderArgument } from "./folder-argument.js";

const TYPE_LABELS = new Map(INVENTORY_TYPES.map((t) => [t.code, t.label]));
const USAGE_LABELS = new Map(INVENTORY_USAGES.map((u) => [u.code, u.label]));
// File names of the project folder appear only in the bilan's annex of sources.
const withoutFileName = (m: Message): Message => ({
  fr: m.fr.replace(/\s*\([\w.-]+\.(?:csv|json)\)/g, ""),
  en: m.en.replace(/\s*\([\w.-]+\.(?:csv|json)\)/g, ""),
});

const FORMATS: Record<string, ReportFormat> = { html: "html", md: "markdown", markdown: "markdown", json: "json", docx: "docx" };

/**
 * `nrs report <dir> --year Y --format html|md|json|docx --lang fr|en --out FILE [--fragment]`: renders
 * the bilan annuel with `@nrs/report`'s `renderBilan` (`renderBilanDocx` of `@nrs/report/docx` for a
 * .docx, which needs --out; `--fragment` writes HTML for a web CMS), from the documents, the indicators computed for every year of the
 * folder (for the series), their follow-up against the strategy's targets, the inventory's footprint
 * and its change since the previous year. Data with errors is refused (`nrs validate` lists them).
 */
export const reportCommand: Command = async (cl, r, io) => {
  const dir = requireFolderArgument(cl);
  const format = FORMATS[cl.format ?? "html"];
  if (!format) {
    throw new CliError(
      "NRS_CLI_BAD_FORMAT",
      { fr: `Format inconnu : « ${cl.format} ».`, en: `Unknown format: "${cl.format}".` },
      { fr: "Choisissez --format html, md, json ou docx.", en: "Choose --format html, md, json or docx." },
      ExitCode.usage,
    );
  }
  if (format === "docx" && !cl.out) {
    throw new CliError(
      "NRS_CLI_OUT_REQUIRED",
      {
        fr: "Le format docx est un fichier binaire : indiquez --out FICHIER.docx.",
        en: "The docx format is a binary file: give --out FILE.docx.",
      },
      { fr: "Exemple : nrs report . --format docx --out bilan.docx", en: "Example: nrs report . --format docx --out bilan.docx" },
      ExitCode.usage,
    );
  }
  if (cl["toutes-entites"] && (cl.entite !== undefined || !cl.out)) {
    throw new CliError(
      "NRS_CLI_BAD_OPTION",
      {
        fr: "--toutes-entites écrit un fichier par entité : il demande --out et exclut --entite.",
        en: "--toutes-entites writes one file per entity: it needs --out and excludes --entite.",
      },
      {
        fr: "Exemple : nrs report . --toutes-entites --out bilan-2025.html (écrit bilan-2025-epci.html, bilan-2025-26901.html…)",
        en: "Example: nrs report . --toutes-entites --out bilan-2025.html (writes bilan-2025-epci.html, bilan-2025-26901.html…)",
      },
      ExitCode.usage,
    );
  }
  if (cl.fragment && format !== "html") {
    throw new CliError(
      "NRS_CLI_BAD_OPTION",
      { fr: "--fragment ne vaut que pour --format html.", en: "--fragment only applies to --format html." },
      { fr: "Retirez --fragment ou choisissez --format html.", en: "Drop --fragment or choose --format html." },
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
  const { pack, problems: packProblems } = await loadFactorPack(project);

  // Every year up to the bilan's: the series of the computed indicators need them all.
  const years: YearIndicators[] = [];
  for (const y of project.years.filter((y) => y <= year)) years.push(await yearIndicators(project, y, pack, r, { inventoryLines: true }));
  const errors = [...project.problems, ...packProblems, ...years.flatMap((y) => y.allProblems)].filter((p) => p.severity === "error");
  if (errors.length > 0 || !collectivite || !strategie || !bilan) throw dataInError(dir, errors);

  const results: IndicatorResults[] = years.map((y) => y.results);
  const current = years.find((y) => y.year === year);
  const previous = years.find((y) => y.year === year - 1);
  let empreinte: BilanReportInput["empreinte"];
  const viewOf = (y: YearIndicators | undefined) =>
    y && (y.inventory || y.hosting || y.printing) ? footprintView(y.inventory, y.hosting, y.printing) : undefined;
  const view = viewOf(current);
  const allocation = view ? sharedAllocation(project, view.byEntity, devicesByEntity(current?.inventory)) : undefined;
  if (allocation && allocation.problems.length > 0) throw dataInError(dir, [...allocation.problems]);
  const split = current
    ? entityIndicators(project, year, current.data, view?.byEntity ?? {}, devicesByEntity(current.inventory))
    : undefined;
  if (view) {
    const before = viewOf(previous);
    empreinte = {
      total: view.total,
      // Device families of the inventory, then the hosting kinds and the printing paper: the bilan's stacked bar by family and stage.
      categories: [
        ...Object.entries(view.byType).map(([code, impact]) => ({ code, libelle: TYPE_LABELS.get(code) ?? code, impact })),
        ...view.categories
          .filter((c) => c.source === "hebergement")
          .map((c, i) => ({ code: `hebergement-${i + 1}`, libelle: withoutFileName(c.label), impact: c.impacts })),
        ...view.categories
          .filter((c) => c.source === "impressions")
          .map((c) => ({ code: "impressions", libelle: withoutFileName(c.label), impact: c.impacts })),
      ],
      // The inventory by usage of its site column, when it says where its items serve.
      ...(Object.keys(view.bySite).some((k) => k !== "")
        ? {
            parUsage: Object.entries(view.bySite).map(([code, impact]) => ({
              code: code === "" ? "non-precise" : code,
              libelle: USAGE_LABELS.get(code) ?? (code === "" ? { fr: "Non précisé", en: "Not given" } : code),
              impact,
            })),
          }
        : {}),
      ...(before
        ? {
            // Both years are computed with the same factor pack, so the restated previous year is the previous year.
            evolution: decomposeFootprintChange({
              previous: { year: year - 1, impacts: before.total },
              previousRestated: { impacts: before.total },
              current: { year, impacts: view.total },
            }).changes,
          }
        : {}),
      ...(allocation && collectivite && allocation.splits.length > 0 ? { repartitions: footprintSplits(allocation, collectivite) } : {}),
    };
  }
  const facteurs = view?.trace.factors;
  const constats = complianceFindings(project, new Map(years.map((y) => [y.year, y.results.values.map((v) => v.code)]))).filter(
    (p) => !p.file?.includes("bilans/") || p.file.endsWith(LAYOUT.bilan(year)),
  );
  const reportInput: BilanReportInput = {
    collectivite,
    programme,
    strategie,
    bilan,
    constats,
    resultats: current?.results,
    indicateurs: indicatorFollowUps(strategie, project.bilans, results, year),
    ...(split && split.splits.length > 0 ? { repartitionsIndicateurs: indicatorSplits(split, collectivite) } : {}),
    empreinte,
    ...(current?.territory
      ? {
          territoire: {
            annee: year,
            empreinte: current.territory,
            ...(previous?.territory ? { precedente: { annee: year - 1, empreinte: previous.territory } } : {}),
          },
        }
      : {}),
    facteurs,
    rgesn: current?.data.rgesn,
  };
  const options = { lang: r.lang, generatedAt: generationDate(io) };
  const render = async (input: BilanReportInput) => {
    // renderBilan checks kinds only: the documents (one per entity in a joint report) are validated here.
    const checked = parseBilanReportInput(input);
    if (!checked.ok) throw new NrsError(checked.errors);
    return format === "docx" ? await renderBilanDocx(input, options) : renderBilan(input, { ...options, format, fragment: cl.fragment });
  };

  // A joint report: one bilan per entity, each from the common data with its own figures and identity.
  const codes = cl["toutes-entites"] ? reportableEntities(collectivite) : cl.entite !== undefined ? [cl.entite] : undefined;
  const jobs: { entite?: string; input: BilanReportInput; out: string | undefined }[] = [];
  if (codes === undefined) jobs.push({ input: reportInput, out: cl.out });
  else {
    for (const code of codes) entityCollectivite(collectivite, code);
    const perYear = new Map<number, EntityIndicators>();
    for (const y of years) {
      const e = entityIndicators(
        project,
        y.year,
        y.data,
        footprintView(y.inventory, y.hosting, y.printing).byEntity,
        devicesByEntity(y.inventory),
        {
          always: true,
        },
      );
      if (e && e.problems.length > 0) throw dataInError(dir, [...e.problems]);
      if (e) perYear.set(y.year, e);
    }
    for (const code of codes) {
      const out = cl["toutes-entites"] && cl.out ? entityOutput(cl.out, code) : cl.out;
      jobs.push({ entite: code, input: entityReportInput(reportInput, code, project, year, perYear), out });
    }
  }

  const reports = [];
  for (const job of jobs) {
    const rendered = await render(job.input);
    const written = job.out ? await writeOutput(io, job.out, rendered.content, project.files.root) : undefined;
    const who = job.entite === undefined ? "" : ` — ${job.input.collectivite.nom}`;
    if (written) {
      r.written({
        fr: `Bilan annuel ${year}${who} (${cl.format ?? "html"}) écrit dans ${written}`,
        en: `Annual report ${year}${who} (${cl.format ?? "html"}) written to ${written}`,
      });
    } else if (!r.options.json && typeof rendered.content === "string") {
      // On standard output the document may reach a terminal: nothing in it may drive the terminal.
      const content = format === "json" ? rendered.content : terminalText(rendered.content);
      io.stdout.write(content.endsWith("\n") ? content : `${content}\n`);
    }
    reports.push({
      // eslint-disable-next-line no-restricted-syntax -- two properties (entite and siren) hang on one condition
      ...(job.entite === undefined ? {} : { entite: job.entite, siren: job.input.collectivite.siren }),
      out: written,
      mediaType: rendered.mediaType,
      provenance: rendered.provenance,
      ...(written || typeof rendered.content !== "string" ? {} : { content: rendered.content }),
    });
  }
  const [first] = reports;
  r.json("report", {
    ok: true,
    folder: dir,
    year,
    format,
    ...(codes === undefined ? first : { entites: reports }),
  });
  return ExitCode.ok;
};

/** `bilan-2025.html` → `bilan-2025-26901.html`: each entity's file of a joint report, next to --out. */
function entityOutput(out: string, code: string): string {
  const dot = out.lastIndexOf(".");
  const slash = Math.max(out.lastIndexOf("/"), out.lastIndexOf("\\"));
  return dot > slash + 1 ? `${out.slice(0, dot)}-${code}${out.slice(dot)}` : `${out}-${code}`;
}
