import type { Message } from "@nrs/core";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";

/** A mistake on the command line (exit code 2), with the help to read: the command's, or the general one. */
export function usageError(code: string, text: Message, command?: string): CliError {
  const help = command ? `nrs ${command} --help` : "nrs --help";
  return new CliError(
    code,
    text,
    { fr: `Lancez « ${help} » pour la liste des commandes et options.`, en: `Run "${help}" for the commands and options.` },
    ExitCode.usage,
  );
}

/** ` Voulez-vous dire --year ?` / ` Did you mean --year?`, or nothing without a suggestion. */
export function didYouMean(suggestion: string | undefined): Message {
  return suggestion === undefined ? { fr: "", en: "" } : { fr: ` Voulez-vous dire ${suggestion} ?`, en: ` Did you mean ${suggestion}?` };
}
