import { printSharedAllocation } from "../output/print-shared-allocation.js";
import { devicesByEntity, sharedAllocation } from "../project/shared-allocation.js";
import { combineFootprints, CRITERIA, totalOfCriterion } from "@nrs/footprint";
import { ExitCode } from "../exit-code.js";
import { formatNumber } from "@nrs/report";
import { printFootprint } from "../output/print-footprint.js";
import { printTerritory } from "../output/print-territory.js";
import { computeHosting } from "../project/compute-hosting.js";
import { computeInventory } from "../project/compute-inventory.js";
import { computeTerritory } from "../project/compute-territory.js";
import { footprintView } from "../project/footprint-view.js";
import { loadFactorPack } from "../project/load-factor-pack.js";
import { loadProject } from "../project/load-project.js";
import { LAYOUT } from "../project/project-layout.js";
import { pickYear } from "../project/pick-year.js";
import type { Command } from "../command-line/command-line.js";
import { requireFolderArgument } from "./folder-argument.js";

/**
 * `nrs footprint <dir> [--year Y]`: the footprint of the year's device inventory
 * (`donnees/<year>/inventaire.csv`, streamed) and hosting (`hebergement.json`: servers, contracts,
 * cloud), with breakdowns per criterion, lifecycle stage, item, device type and entity. Lines with
 * errors are left out of the totals, listed on standard error, and make the exit code 1.
 * `--perimetre territoire` (or `tout`, both) adds the territory's footprint: the national ADEME–Arcep
 * assessment downscaled with `collectivite.json`'s population and `territoire.json`'s local data.
 */
export const footprintCommand: Command = async (cl, r, io) => {
  const dir = requireFolderArgument(cl);
  const project = await loadProject(dir, io.cwd);
  const perimetre = cl.perimetre ?? "administration";
  const territoryToo = perimetre !== "administration";
  const has = async (y: number): Promise<boolean> =>
    (await project.files.exists(LAYOUT.data(y, "inventaire.csv"))) ||
    (await project.files.exists(LAYOUT.data(y, "hebergement.json"))) ||
    (territoryToo && (await project.files.exists(LAYOUT.data(y, "territoire.json"))));
  const year = await pickYear(cl, project, has, {
    fr: "inventaire (donnees/<année>/inventaire.csv ou hebergement.json)",
    en: "inventory (donnees/<year>/inventaire.csv or hebergement.json)",
  });
  const { pack, problems: packProblems } = await loadFactorPack(project);
  const inventoryFile = LAYOUT.data(year, "inventaire.csv");
  const inventory = (await project.files.exists(inventoryFile)) ? await computeInventory(project, year, pack, r) : undefined;
  const hosting = (await project.files.exists(LAYOUT.data(year, "hebergement.json")))
    ? await computeHosting(project, year, pack)
    : undefined;
  const view = footprintView(inventory, hosting?.footprint);
  const allocation = sharedAllocation(project, view.byEntity, devicesByEntity(inventory));
  const adminFootprints = [inventory, hosting?.footprint].filter((f) => f !== undefined);
  const territory = territoryToo
    ? await computeTerritory(project, year, adminFootprints.length > 0 ? combineFootprints(adminFootprints).impacts : undefined)
    : undefined;
  // collectivite.json declares the entities and the shared services: its errors make the figures per entity wrong.
  const collectiviteFile = project.files.display(LAYOUT.collectivite);
  const problems = [
    ...project.problems.filter((p) => p.file === collectiviteFile),
    ...packProblems,
    ...(inventory?.problems ?? []),
    ...(hosting?.problems ?? []),
    ...(allocation?.problems ?? []),
    ...(territory?.problems ?? []),
  ];
  const errors = problems.filter((p) => p.severity === "error").length;
  const scope = [...(inventory ? ["inventaire.csv"] : []), ...(hosting?.footprint ? ["hebergement.json"] : [])];

  const fr = r.lang === "fr";
  if (territory?.file) scope.push("territoire.json");
  r.line(
    fr
      ? `Empreinte ${year} — ${project.files.display("")} (${scope.join(" + ") || "rien"})`
      : `Footprint ${year} — ${project.files.display("")} (${scope.join(" + ") || "nothing"})`,
  );
  if (perimetre !== "territoire" && inventory) {
    const s = inventory.stats;
    const f = (x: number): string => formatNumber(x, r.lang, { decimals: 0 });
    r.line(
      fr
        ? `Inventaire : ${f(s.records)} lignes lues, ${f(s.goodRows)} retenues, ${f(s.badRows)} refusées ; ${f(s.quantity)} équipements.`
        : `Inventory: ${f(s.records)} lines read, ${f(s.goodRows)} kept, ${f(s.badRows)} refused; ${f(s.quantity)} items.`,
    );
    const out = s.leftOut;
    if (out !== undefined) {
      const parts = [
        ...(out.retired ? [fr ? `${f(out.retired.rows)} sortis du parc (statut)` : `${f(out.retired.rows)} retired (status)`] : []),
        ...(out.excludedType
          ? [fr ? `${f(out.excludedType.rows)} d'un type écarté` : `${f(out.excludedType.rows)} of an excluded type`]
          : []),
      ];
      r.line(fr ? `Lignes écartées : ${parts.join(", ")}.` : `Lines left out: ${parts.join(", ")}.`);
    }
    if (inventory.notComputed.lines > 0) {
      r.line(
        fr
          ? `${inventory.notComputed.lines} lignes (${inventory.notComputed.quantity} équipements) non calculées : voir les problèmes.`
          : `${inventory.notComputed.lines} lines (${inventory.notComputed.quantity} items) not computed: see the problems.`,
      );
    }
  }
  if (perimetre !== "territoire" && hosting?.footprint) {
    const parts = hosting.footprint.parts;
    r.line(fr ? `Hébergement : ${parts.length} lignes calculées.` : `Hosting: ${parts.length} lines computed.`);
    if (hosting.footprint.skipped.length > 0) {
      r.line(
        fr ? `Hors de l'année : ${hosting.footprint.skipped.join(", ")}.` : `Outside the year: ${hosting.footprint.skipped.join(", ")}.`,
      );
    }
  } else if (perimetre !== "territoire" && hosting) {
    r.line({ fr: "Hébergement : non calculé (voir les problèmes).", en: "Hosting: not computed (see the problems)." });
  }
  if (perimetre !== "territoire") printFootprint(view, r);
  if (territory?.footprint) printTerritory(territory.footprint, r);
  if (allocation && project.collectivite) printSharedAllocation(allocation, project.collectivite, r);
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
    perimetre,
    scope,
    pack: { id: pack.id, version: pack.version },
    byCriterion: Object.fromEntries(
      CRITERIA.flatMap((c) => {
        const cell = totalOfCriterion(view.total, c);
        return cell ? [[c, cell]] : [];
      }),
    ),
    total: view.total,
    categories: view.categories,
    byType: view.byType,
    byEntity: view.byEntity,
    allocation: allocation ? { criterion: "gwp", unit: "kgCO2e", splits: allocation.splits, byEntity: allocation.byEntity } : undefined,
    inventory: inventory
      ? {
          stats: inventory.stats,
          notComputed: inventory.notComputed,
          byCriterion: inventory.byCriterion,
          byStage: inventory.byStage,
          impacts: inventory.impacts,
        }
      : undefined,
    hosting: hosting?.footprint
      ? {
          parts: hosting.footprint.parts.map((p) => ({ kind: p.kind, name: p.name, entity: p.entity, impacts: p.result.impacts })),
          skipped: hosting.footprint.skipped,
          impacts: hosting.footprint.impacts,
        }
      : undefined,
    trace: view.trace,
    territoire: territory?.footprint,
    problems,
  });
  return errors === 0 ? ExitCode.ok : ExitCode.problems;
};
