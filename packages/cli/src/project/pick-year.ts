import type { CommandLine } from "../command-line/command-line.js";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import type { LoadedProject } from "./load-project.js";

/**
 * The year a command works on: `--year`, else the latest year of the folder. `has` narrows the choice to
 * the years that hold what the command needs (an inventory, a bilan).
 */
export async function pickYear(
  cl: CommandLine,
  project: LoadedProject,
  has: (year: number) => Promise<boolean> | boolean,
  what: { fr: string; en: string },
): Promise<number> {
  if (cl.year !== undefined) {
    if (await has(cl.year)) return cl.year;
    throw new CliError(
      "NRS_CLI_NO_DATA_FOR_YEAR",
      {
        fr: `Pas de ${what.fr} pour ${cl.year} dans ${project.files.display("")}.`,
        en: `No ${what.en} for ${cl.year} in ${project.files.display("")}.`,
      },
      {
        fr: `Années du dossier : ${project.years.join(", ") || "aucune"}. Choisissez-en une avec --year, ou ajoutez les fichiers manquants.`,
        en: `Years in the folder: ${project.years.join(", ") || "none"}. Pick one with --year, or add the missing files.`,
      },
      ExitCode.problems,
    );
  }
  for (const year of [...project.years].reverse()) if (await has(year)) return year;
  throw new CliError(
    "NRS_CLI_NO_DATA",
    {
      fr: `Aucune année avec ${what.fr} dans ${project.files.display("")}.`,
      en: `No year with ${what.en} in ${project.files.display("")}.`,
    },
    {
      fr: "Ajoutez les fichiers de l'année (voir « nrs init » pour la structure du dossier).",
      en: 'Add the year\'s files (see "nrs init" for the layout of the folder).',
    },
    ExitCode.problems,
  );
}
