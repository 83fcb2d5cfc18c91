import type { Problem } from "@nrs/core";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";

/** The error of a command that renders or exports from data that still holds errors. */
export function dataInError(dir: string, errors: readonly Problem[]): CliError {
  return new CliError(
    "NRS_CLI_DATA_ERRORS",
    {
      fr: "Les documents ou les données du projet sont absents ou contiennent des erreurs : le résultat serait faux ou incomplet.",
      en: "The project's documents or data are missing or hold errors: the result would be wrong or incomplete.",
    },
    { fr: `Corrigez-les (nrs validate ${dir}), puis relancez.`, en: `Fix them (nrs validate ${dir}), then run again.` },
    ExitCode.problems,
    errors,
  );
}
