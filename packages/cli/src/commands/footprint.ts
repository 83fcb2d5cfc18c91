import { ExitCode } from "../exit-code.js";
import { printFootprint } from "../output/print-footprint.js";
import { formatDecimal } from "../output/format-decimal.js";
import { computeInventory } from "../project/compute-inventory.js";
import { loadFactorPack } from "../project/load-factor-pack.js";
import { loadProject } from "../project/load-project.js";
import { LAYOUT } from "../project/project-layout.js";
import { pickYear } from "../project/pick-year.js";
import type { Command } from "../run.js";
import { requireFolderArgument } from "./folder-argument.js";

/**
 * `nrs footprint <dir> [--year Y]`: the footprint of `donnees/<year>/inventaire.csv`, streamed, with
 * breakdowns per criterion, lifecycle stage, device type and entity. Lines with errors are left out of
 * the totals, listed on standard error, and make the exit code 1.
 */
export const footprintCommand: Command = async (cl, r, io) => {
  const dir = requireFolderArgument(cl);
  const project = await loadProject(dir, io.cwd);
  const year = await pickYear(cl, project, (y) => project.files.exists(LAYOUT.data(y, "inventaire.csv")), {
    fr: "inventaire (donnees/<année>/inventaire.csv)",
    en: "inventory (donnees/<year>/inventaire.csv)",
  });
  const { pack, problems: packProblems } = await loadFactorPack(project);
  const result = await computeInventory(project, year, pack, r);
  const problems = [...packProblems, ...result.problems];
  const errors = problems.filter((p) => p.severity === "error").length;

  const fr = r.lang === "fr";
  const s = result.stats;
  r.line(
    fr
      ? `Empreinte de l'inventaire ${year} — ${project.files.display(LAYOUT.data(year, "inventaire.csv"))}`
      : `Inventory footprint ${year} — ${project.files.display(LAYOUT.data(year, "inventaire.csv"))}`,
  );
  r.line(
    fr
      ? `${formatDecimal(s.records, "fr")} lignes lues, ${formatDecimal(s.goodRows, "fr")} retenues, ${formatDecimal(s.badRows, "fr")} refusées ; ${formatDecimal(s.quantity, "fr")} équipements.`
      : `${formatDecimal(s.records, "en")} lines read, ${formatDecimal(s.goodRows, "en")} kept, ${formatDecimal(s.badRows, "en")} refused; ${formatDecimal(s.quantity, "en")} items.`,
  );
  if (result.notComputed.lines > 0) {
    r.line(
      fr
        ? `${result.notComputed.lines} lignes (${result.notComputed.quantity} équipements) non calculées : voir les problèmes.`
        : `${result.notComputed.lines} lines (${result.notComputed.quantity} items) not computed: see the problems.`,
    );
  }
  printFootprint(result, r);
  r.line({
    fr: "Périmètre : l'inventaire du parc (inventaire.csv) ; l'hébergement (hebergement.json) n'est pas inclus dans ce total.",
    en: "Scope: the device inventory (inventaire.csv); hosting (hebergement.json) is not included in this total.",
  });
  r.problems(problems, "stderr");
  if (errors > 0) {
    r.note({
      fr: `${errors} erreur(s) : les lignes concernées ne sont pas comptées. Corrigez-les puis relancez.`,
      en: `${errors} error(s): the lines concerned are not counted. Fix them and run again.`,
    });
  }
  r.json("footprint", {
    ok: errors === 0,
    folder: dir,
    year,
    scope: ["inventaire.csv"],
    pack: { id: pack.id, version: pack.version },
    stats: result.stats,
    notComputed: result.notComputed,
    byCriterion: result.byCriterion,
    byStage: result.byStage,
    byType: result.byType,
    byEntity: result.byEntity,
    impacts: result.impacts,
    trace: result.trace,
    problems,
  });
  return errors === 0 ? ExitCode.ok : ExitCode.problems;
};
