import { basename } from "node:path";
import { milestonesFromStrategy, toOpenDataRows, type Milestones } from "@nrs/indicators";
import { toOpenDataCsv } from "@nrs/report";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { writeCsvAndResource } from "../output/write-csv-and-resource.js";
import { dataInError } from "../project/documents-in-error.js";
import { loadFactorPack } from "../project/load-factor-pack.js";
import { loadProject } from "../project/load-project.js";
import { pickYear } from "../project/pick-year.js";
import { yearIndicators } from "../project/year-indicators.js";
import type { Command } from "../run.js";
import { exportAgec58 } from "./export-agec58.js";
import { requireFolderArgument } from "./folder-argument.js";

/**
 * `nrs export opendata|agec58 <dir> --year Y --out FILE`: writes a national open-data CSV and its Table
 * Schema descriptor (`FILE` with `.resource.json` in place of `.csv`).
 * - `opendata`: the indicators computed for the year and the strategy's targets, in the schema
 *   `impact-service-public-numerique` (`toOpenDataRows` of `@nrs/indicators`, `toOpenDataCsv` of `@nrs/report`).
 * - `agec58`: the yearly AGEC art. 58 declaration of the collectivité's own purchases, in the schema
 *   `declaration-biens-reemploi-reutilisation-recycle` (see {@link exportAgec58}).
 */
export const exportCommand: Command = async (cl, r, io) => {
  const kind = cl.positionals[0];
  if (kind !== "opendata" && kind !== "agec58") {
    throw new CliError(
      "NRS_CLI_BAD_EXPORT",
      { fr: `Export inconnu : « ${kind ?? ""} ».`, en: `Unknown export: "${kind ?? ""}".` },
      { fr: "Choisissez : nrs export opendata <dossier> … ou nrs export agec58 <dossier> …", en: "Choose: nrs export opendata <folder> … or nrs export agec58 <folder> …" },
      ExitCode.usage,
    );
  }
  const dir = requireFolderArgument(cl, 1);
  if (!cl.out) {
    throw new CliError(
      "NRS_CLI_NO_OUT",
      { fr: "L'export a besoin d'un fichier de sortie.", en: "The export needs an output file." },
      { fr: `Ajoutez --out, par exemple --out ${kind}.csv`, en: `Add --out, for example --out ${kind}.csv` },
      ExitCode.usage,
    );
  }
  if (kind === "agec58") return exportAgec58(cl, dir, cl.out, r, io);

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
  const { csv, resource } = toOpenDataCsv(rows, { path: basename(cl.out) });
  const { csv: written, resource: writtenResource } = await writeCsvAndResource(io, cl.out, { csv, resource });
  r.line(
    r.lang === "fr"
      ? `${rows.length} lignes (schéma ${resource.conformsTo.id} ${resource.conformsTo.version}) écrites dans ${written}, descripteur : ${writtenResource}`
      : `${rows.length} rows (schema ${resource.conformsTo.id} ${resource.conformsTo.version}) written to ${written}, descriptor: ${writtenResource}`,
  );
  r.json("export", { ok: true, kind, folder: dir, year, out: written, resource: writtenResource, rows: rows.length, schema: resource.conformsTo });
  return ExitCode.ok;
};
