import type { Message } from "@nrs/core";
import type { Command } from "./command-line/command-line.js";
import type { OptionName } from "./command-line/option-table.js";
import { compareCommand } from "./commands/compare.js";
import { exportCommand } from "./commands/export.js";
import { EXPORT_KINDS } from "./commands/export-kinds.js";
import { footprintCommand } from "./commands/footprint.js";
import { indicatorsCommand } from "./commands/indicators.js";
import { initCommand } from "./commands/init.js";
import { reportCommand } from "./commands/report.js";
import { validateCommand } from "./commands/validate.js";

/** One command of `nrs`: its name, arguments, options and help, and the function that runs it. */
export interface CommandEntry {
  readonly name: string;
  /** Its arguments as the help writes them (`<dossier>`). */
  readonly args: Message;
  /** One line for `nrs --help`. */
  readonly summary: Message;
  /** What it does, for `nrs <command> --help`. */
  readonly description: Message;
  /** The options it takes besides the global ones (see `OPTIONS`). */
  readonly options: readonly OptionName[];
  /** Command lines shown in its help. */
  readonly examples: readonly string[];
  readonly run: Command;
}

const FOLDER = { fr: "<dossier>", en: "<folder>" };
const exportNames = Object.keys(EXPORT_KINDS).join("|");

/**
 * The commands of `nrs`, in the order of the help: the one place from which the parser, `nrs --help`
 * and `nrs <command> --help` derive. Adding a command is one entry here plus its `commands/<name>.ts`.
 */
export const COMMAND_TABLE: readonly CommandEntry[] = [
  {
    name: "init",
    args: FOLDER,
    summary: { fr: "crée un dossier de projet de départ, commenté", en: "writes a commented starting project folder" },
    description: {
      fr: "Écrit un petit projet valide (nrs.json, collectivite.json, programme, stratégie, bilan, données de l'année passée) dont les valeurs d'exemple disent quoi remplacer.",
      en: "Writes a small valid project (nrs.json, collectivite.json, programme, strategy, bilan, last year's data) whose example values say what to replace.",
    },
    options: ["force"],
    examples: ["nrs init ma-collectivite"],
    run: initCommand,
  },
  {
    name: "validate",
    args: FOLDER,
    summary: { fr: "vérifie chaque fichier puis la conformité au décret", en: "checks every file, then compliance with the decree" },
    description: {
      fr: "Liste chaque problème de chaque fichier (fichier:ligne:colonne), puis les remarques de conformité (loi 2021-1485 art. 35, décret 2022-1084). Avec --year, seule cette année est vérifiée.",
      en: "Lists every problem of every file (file:line:column), then the compliance findings (law 2021-1485 art. 35, decree 2022-1084). With --year, only that year is checked.",
    },
    options: ["year"],
    examples: ["nrs validate examples/val-de-fictive"],
    run: validateCommand,
  },
  {
    name: "footprint",
    args: FOLDER,
    summary: {
      fr: "empreinte du parc et de l'hébergement, ou du territoire, avec ventilations",
      en: "footprint of the device estate and hosting, or of the territory, with breakdowns",
    },
    description: {
      fr: "Calcule l'empreinte de l'inventaire de l'année (donnees/<année>/inventaire.csv et chaque inventaire-<nom>.csv, lus en flux et additionnés) et de l'hébergement (hebergement.json), par critère, étape du cycle de vie, type d'équipement et entité. L'inventaire peut être l'export brut d'un gestionnaire de parc (profils glpi, ocs, snipeit : reconnus à l'en-tête, réglés dans nrs.json › inventaire, ou par fichier dans inventaire › fichiers). Avec --perimetre territoire (ou tout), l'empreinte du territoire : l'évaluation ADEME–Arcep déclinée avec la population de collectivite.json et les données locales de territoire.json.",
      en: "Computes the footprint of the year's inventory (donnees/<year>/inventaire.csv and every inventaire-<name>.csv, streamed and added up) and hosting (hebergement.json), per criterion, lifecycle stage, device type and entity. The inventory may be an asset manager's raw export (profiles glpi, ocs, snipeit: recognised from the header, set in nrs.json › inventaire, or per file in inventaire › fichiers). With --perimetre territoire (or tout), the territory's footprint: the ADEME–Arcep assessment downscaled with collectivite.json's population and territoire.json's local data.",
    },
    options: ["year", "perimetre"],
    examples: ["nrs footprint examples/val-de-fictive --year 2025", "nrs footprint examples/val-de-fictive --perimetre territoire"],
    run: footprintCommand,
  },
  {
    name: "indicators",
    args: FOLDER,
    summary: { fr: "valeurs des indicateurs de la stratégie", en: "values of the strategy's indicators" },
    description: {
      fr: "Calcule les indicateurs du catalogue à partir des fichiers de données de l'année, avec leur unité et la qualité de la donnée, puis liste ceux qui n'ont pu l'être et pourquoi.",
      en: "Computes the catalogue's indicators from the year's data files, with their unit and data quality, then lists those that could not be computed and why.",
    },
    options: ["year"],
    examples: ["nrs indicators examples/val-de-fictive --year 2025"],
    run: indicatorsCommand,
  },
  {
    name: "report",
    args: FOLDER,
    summary: { fr: "bilan annuel (section du rapport développement durable)", en: "annual report (bilan annuel)" },
    description: {
      fr: "Rédige le bilan annuel de l'année (bilans/<année>.json), section du rapport sur la situation en matière de développement durable, en HTML (--fragment : un bloc à coller dans une page), Markdown, JSON ou Word (docx, à insérer dans le rapport). Sans --out, il est écrit sur la sortie standard (sauf docx). Rapport conjoint (ville et métropole) : --entite CODE rédige le bilan d'une entité de collectivite.json (une commune membre avec son SIREN) avec ses propres chiffres, parts des services partagés comprises, son nom, son SIREN et ses obligations ; --toutes-entites en rédige un par entité, à côté de --out.",
      en: "Renders the year's annual report (bilans/<year>.json), a section of the sustainable development report, as HTML (--fragment: a block to paste into a page), Markdown, JSON or Word (docx, to insert into the report). Without --out it goes to standard output (except docx). Joint report (city and metropolis): --entite CODE renders the bilan of one entity of collectivite.json (a member commune with its SIREN) with its own figures, shares of shared services included, its name, SIREN and obligations; --toutes-entites renders one per entity, next to --out.",
    },
    options: ["year", "format", "out", "fragment", "entite", "toutes-entites"],
    examples: [
      "nrs report examples/val-de-fictive --year 2025 --format html --out bilan-2025.html",
      "nrs report examples/val-de-fictive --year 2025 --format docx --out bilan-2025.docx",
      "nrs report examples/val-de-fictive --year 2025 --entite 26901 --format md --out bilan-2025-ville.md",
      "nrs report examples/val-de-fictive --year 2025 --toutes-entites --out bilan-2025.html",
    ],
    run: reportCommand,
  },
  {
    name: "export",
    args: { fr: `${exportNames} <dossier>`, en: `${exportNames} <folder>` },
    summary: { fr: "export CSV national et son descripteur", en: "national CSV export and its descriptor" },
    description: {
      fr: `Écrit un CSV dans un schéma national de données ouvertes, avec son descripteur Table Schema (FICHIER.resource.json). Exports :\n${Object.entries(
        EXPORT_KINDS,
      )
        .map(([n, k]) => `  ${n.padEnd(10)} ${k.summary.fr}`)
        .join("\n")}`,
      en: `Writes a CSV in a national open-data schema, with its Table Schema descriptor (FILE.resource.json). Exports:\n${Object.entries(
        EXPORT_KINDS,
      )
        .map(([n, k]) => `  ${n.padEnd(10)} ${k.summary.en}`)
        .join("\n")}`,
    },
    options: ["year", "out"],
    examples: ["nrs export opendata examples/val-de-fictive --year 2025 --out indicateurs-2025.csv"],
    run: exportCommand,
  },
  {
    name: "compare",
    args: { fr: "<dossier|fichier.csv>…", en: "<folder|file.csv>…" },
    summary: {
      fr: "compare des collectivités entre elles (dossiers, données publiées)",
      en: "compares local authorities (folders, published data)",
    },
    description: {
      fr: "Calcule les indicateurs de chaque dossier de projet (un dossier de dossiers compte pour tous : un portefeuille), lit chaque fichier publié au schéma impact-service-public-numerique, puis compare : valeurs ramenées par habitant, agent ou équipement quand ce sont des totaux, rang, médiane et quartiles. Sans --out, la comparaison est écrite en Markdown sur la sortie standard.",
      en: "Computes the indicators of each project folder (a folder of folders counts as all of them: a portfolio), reads each file published in the impact-service-public-numerique schema, then compares: totals divided per inhabitant, employee or device, rank, median and quartiles. Without --out, the comparison goes to standard output as Markdown.",
    },
    options: ["year", "groupe", "format", "out"],
    examples: [
      "nrs compare examples/val-de-fictive examples/fictiville --format html --out comparaison.html",
      "nrs compare clients/ publie/indicateurs-2025.csv --groupe taille --json",
    ],
    run: compareCommand,
  },
];

/** The entry of a command, or undefined for a name the table does not hold. */
export function commandEntry(name: string): CommandEntry | undefined {
  return COMMAND_TABLE.find((c) => c.name === name);
}
