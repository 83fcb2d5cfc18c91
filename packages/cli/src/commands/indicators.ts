import { indicatorDefinition } from "@nrs/indicators";
import { formatPublished } from "@nrs/report";
import { ExitCode } from "../exit-code.js";
import { printEntityIndicators } from "../output/print-entity-indicators.js";
import { renderTable } from "../output/render-table.js";
import { entityIndicators } from "../project/entity-indicators.js";
import { footprintView } from "../project/footprint-view.js";
import { devicesByEntity } from "../project/shared-allocation.js";
import { loadFactorPack } from "../project/load-factor-pack.js";
import { loadProject } from "../project/load-project.js";
import { pickYear } from "../project/pick-year.js";
import { yearIndicators } from "../project/year-indicators.js";
import type { Command } from "../command-line/command-line.js";
import { requireFolderArgument } from "./folder-argument.js";

const QUALITY = {
  MESUREE: { fr: "mesurée", en: "measured" },
  CALCULEE: { fr: "calculée", en: "computed" },
  ESTIMEE: { fr: "estimée", en: "estimated" },
} as const;

/**
 * `nrs indicators <dir> [--year Y]`: the indicators `@nrs/indicators` computes from the year's data
 * files, each with its unit and data quality, then those it could not compute and why. When
 * `collectivite.json` declares shared services, each one's figures are split between the entities sharing
 * it (key, shares, parts adding up to the service's figure) and each entity's indicators are shown with
 * its parts included.
 */
export const indicatorsCommand: Command = async (cl, r, io) => {
  const dir = requireFolderArgument(cl);
  const project = await loadProject(dir, io.cwd);
  const year = await pickYear(cl, project, async (y) => (await project.files.dataFiles(y)).length > 0, {
    fr: "données (donnees/<année>/)",
    en: "data (donnees/<year>/)",
  });
  const { pack, problems: packProblems } = await loadFactorPack(project);
  const computed = await yearIndicators(project, year, pack, r, { inventoryLines: true });
  const footprintByEntity = footprintView(computed.inventory, computed.hosting, computed.printing).byEntity;
  const split = entityIndicators(project, year, computed.data, footprintByEntity, devicesByEntity(computed.inventory));
  const problems = [...project.problems, ...packProblems, ...computed.allProblems, ...(split?.problems ?? [])];
  const errors = problems.filter((p) => p.severity === "error").length;
  const fr = r.lang === "fr";
  const label = (code: string): string => {
    const def = indicatorDefinition(code);
    return def ? r.t(def.label) : code;
  };

  r.line(
    fr
      ? `Indicateurs ${year} — ${project.files.display("")} (fichiers : ${computed.files.join(", ")})`
      : `Indicators ${year} — ${project.files.display("")} (files: ${computed.files.join(", ")})`,
  );
  r.line();
  const rows = [
    [fr ? "Code" : "Code", fr ? "Indicateur" : "Indicator", fr ? "Valeur" : "Value", fr ? "Unité" : "Unit", fr ? "Qualité" : "Quality"],
  ];
  for (const v of computed.results.values) {
    rows.push([v.code, label(v.code), formatPublished(v.value, r.lang), v.unit, r.t(QUALITY[v.provenance.quality])]);
  }
  r.line(
    rows.length > 1
      ? renderTable(rows)
      : fr
        ? "Aucun indicateur calculable avec ces données."
        : "No indicator can be computed from this data.",
  );
  const missing = computed.results.notComputed.filter((n) => n.reason !== "COLLECTE");
  if (missing.length > 0) {
    r.line();
    r.line(fr ? "Non calculés (données manquantes) :" : "Not computed (missing data):");
    for (const n of missing) r.line(`  ${n.code} — ${r.t(n.message)}`);
  }
  const collected = computed.results.notComputed.filter((n) => n.reason === "COLLECTE").length;
  if (collected > 0) {
    r.line();
    r.line(
      fr
        ? `${collected} indicateurs du catalogue sont à relever à la main (valeurs dans bilans/${year}.json).`
        : `${collected} catalogue indicators are collected by hand (values in bilans/${year}.json).`,
    );
  }
  if (split && project.collectivite) printEntityIndicators(split, project.collectivite, r);
  r.problems(problems, "stderr");
  r.json("indicators", {
    ok: errors === 0,
    folder: dir,
    year,
    files: computed.files,
    results: computed.results,
    allocation: split ? { splits: split.splits, byEntity: Object.fromEntries(split.byEntity) } : undefined,
    problems,
  });
  return errors === 0 ? ExitCode.ok : ExitCode.problems;
};
