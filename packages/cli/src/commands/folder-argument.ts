import type { CommandLine } from "../command-line/command-line.js";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";

/** The project folder argument of a command (its first positional), or a usage error. */
export function requireFolderArgument(cl: CommandLine, index = 0): string {
  const dir = cl.positionals[index];
  if (dir === undefined || dir === "") {
    throw new CliError(
      "NRS_CLI_NO_FOLDER",
      { fr: `La commande « ${cl.command} » attend un dossier de projet.`, en: `The "${cl.command}" command needs a project folder.` },
      { fr: `Exemple : nrs ${cl.command} examples/val-de-fictive`, en: `Example: nrs ${cl.command} examples/val-de-fictive` },
      ExitCode.usage,
    );
  }
  if (cl.positionals.length > index + 1) {
    throw new CliError(
      "NRS_CLI_EXTRA_ARGUMENT",
      { fr: `Argument en trop : « ${cl.positionals[index + 1]} ».`, en: `Unexpected argument: "${cl.positionals[index + 1]}".` },
      { fr: "Lancez « nrs --help » pour la syntaxe.", en: 'Run "nrs --help" for the syntax.' },
      ExitCode.usage,
    );
  }
  return dir;
}
