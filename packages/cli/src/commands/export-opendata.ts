import { basename } from "node:path";
import { milestonesFromStrategy, toOpenDataRows, type Milestones } from "@nrs/indicators";
import { toOpenDataCsv } from "@nrs/report";
import type { CliIo } from "../cli-io.js";
import type { CommandLine } from "../command-line/command-line.js";
import { ExitCode, type ExitCodeValue } from "../exit-code.js";
import type { Reporter } from "../output/reporter.js";
import { writeCsvAndResource } from "../output/write-csv-and-resource.js";
import { dataInError } from "../project/documents-in-error.js";
import { loadFactorPack } from "../project/load-factor-pack.js";
import { loadProject } from "../project/load-project.js";
import { pickYear } from "../project/pick-year.js";
import { yearIndicators } from "../project/year-indicators.js";

/**
 * `nrs export opendata <dir> --year Y --out FILE`: the indicators computed for the year and the
 * strategy's targets, in the schema `impact-service-public-numerique` (`toOpenDataRows` of
 * `@nrs/indicators`, `toOpenDataCsv` of `@nrs/report`), with its Table Schema descriptor.
 */
export async function exportOpenData(cl: CommandLine, dir: string, out: string, r: Reporter, io: CliIo): Promise<ExitCodeValue> {
  const project = await loadProject(dir, io.cwd);
  const year = await pickYear(cl, project, async (y) => (await project.files.dataFiles(y)).length > 0, {
    fr: "données (donnees/<année>/)",
    en: "data (donnees/<year>/)",
  });
  const { pack, problems: packProblems } = await loadFactorPack(project);
  const y = await yearIndicators(project, year, pack, r, { inventoryLines: true });
  const errors = [...project.problems, ...packProblems, ...y.allProblems].filter((p) => p.severity === "error");
  const { collectivite, strategie } = project;
  if (errors.length > 0 || !collectivite) throw dataInError(dir, errors);

  const targets: Record<string, Milestones> = {};
  for (const { code } of strategie?.indicateurs ?? []) {
    const m = strategie ? milestonesFromStrategy(strategie, code) : undefined;
    if (m && y.results.values.some((v) => v.code === code)) targets[code] = m;
  }
  const rows = toOpenDataRows(y.results.values, {
    administration: collectivite.nom,
    ...(collectivite.codeInsee ? { codeInsee: collectivite.codeInsee } : {}),
    targets,
  });
  const { csv, resource } = toOpenDataCsv(rows, { path: basename(out) });
  const { csv: written, resource: writtenResource } = await writeCsvAndResource(io, out, { csv, resource }, project.files.root);
  r.written(
    r.lang === "fr"
      ? `${rows.length} lignes (schéma ${resource.conformsTo.id} ${resource.conformsTo.version}) écrites dans ${written}, descripteur : ${writtenResource}`
      : `${rows.length} rows (schema ${resource.conformsTo.id} ${resource.conformsTo.version}) written to ${written}, descriptor: ${writtenResource}`,
  );
  r.json("export", {
    ok: true,
    kind: "opendata",
    folder: dir,
    year,
    out: written,
    resource: writtenResource,
    rows: rows.length,
    schema: resource.conformsTo,
  });
  return ExitCode.ok;
}
