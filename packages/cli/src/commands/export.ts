import { CliError } from "../cli-error.js";
import type { Command } from "../command-line/command-line.js";
import { closestName } from "../command-line/suggest.js";
import { didYouMean } from "../command-line/usage-error.js";
import { ExitCode } from "../exit-code.js";
import { EXPORT_KINDS } from "./export-kinds.js";
import { requireFolderArgument } from "./folder-argument.js";

/**
 * `nrs export <kind> <dir> --year Y --out FILE`: writes a national open-data CSV and its Table Schema
 * descriptor (`FILE` with `.resource.json` in place of `.csv`); the kinds are those of
 * {@link EXPORT_KINDS}.
 */
export const exportCommand: Command = async (cl, r, io) => {
  const kindName = cl.positionals[0] ?? "";
  const kind = Object.hasOwn(EXPORT_KINDS, kindName) ? EXPORT_KINDS[kindName] : undefined;
  const names = Object.keys(EXPORT_KINDS);
  if (!kind) {
    const suggestion = didYouMean(closestName(kindName, names));
    throw new CliError(
      "NRS_CLI_BAD_EXPORT",
      { fr: `Export inconnu : « ${kindName} ».${suggestion.fr}`, en: `Unknown export: "${kindName}".${suggestion.en}` },
      {
        fr: `Choisissez : ${names.map((n) => `nrs export ${n} <dossier> …`).join(" ou ")}`,
        en: `Choose: ${names.map((n) => `nrs export ${n} <folder> …`).join(" or ")}`,
      },
      ExitCode.usage,
    );
  }
  const dir = requireFolderArgument(cl, 1);
  if (!cl.out) {
    throw new CliError(
      "NRS_CLI_NO_OUT",
      { fr: "L'export a besoin d'un fichier de sortie.", en: "The export needs an output file." },
      { fr: `Ajoutez --out, par exemple --out ${kindName}.csv`, en: `Add --out, for example --out ${kindName}.csv` },
      ExitCode.usage,
    );
  }
  return kind.run(cl, dir, cl.out, r, io);
};
