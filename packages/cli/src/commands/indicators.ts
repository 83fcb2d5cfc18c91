import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import type { Command } from "../run.js";

/** `nrs indicators`: not wired yet (waits for the library it calls). */
export const indicatorsCommand: Command = async () => {
  throw new CliError("NRS_CLI_NOT_READY", { fr: "Pas encore disponible.", en: "Not available yet." }, { fr: "-", en: "-" }, ExitCode.internal);
};
