import type { Lang } from "@nrs/core";
import { COMMAND_TABLE, type CommandEntry } from "../command-table.js";
import { OPTIONS, optionSynopsis, type OptionName } from "../command-line/option-table.js";

const GLOBAL = (Object.keys(OPTIONS) as OptionName[]).filter((n) => "global" in OPTIONS[n]);

const EXIT_CODES = {
  fr: "Codes de sortie : 0 ok, 1 erreurs dans les données, 2 ligne de commande invalide,\n3 fichier illisible ou impossible à écrire, 70 erreur interne.",
  en: "Exit codes: 0 ok, 1 errors in the data, 2 invalid command line,\n3 file cannot be read or written, 70 internal error.",
} as const;

function optionLines(names: readonly OptionName[], lang: Lang): string[] {
  const rows = names.map((n) => [optionSynopsis(n, lang), OPTIONS[n].help[lang]] as const);
  const width = Math.max(...rows.map(([s]) => s.length)) + 2;
  return rows.map(([s, h]) => `  ${s.padEnd(width)}${h}`);
}

function usageOf(c: CommandEntry, lang: Lang): string {
  const opts = c.options.map((n) => `[${optionSynopsis(n, lang).replace(/^-\w, /, "")}]`).join(" ");
  return `nrs ${c.name} ${c.args[lang]}${opts ? ` ${opts}` : ""}`;
}

/** The text of `nrs --help`, built from the command and option tables. */
export function generalHelp(lang: Lang): string {
  const fr = lang === "fr";
  const lines = [
    fr
      ? "nrs — stratégie numérique responsable (loi 2021-1485 art. 35, décret 2022-1084)"
      : "nrs — sustainable digital strategy of French local authorities (law 2021-1485 art. 35, decree 2022-1084)",
    "",
    fr ? "Usage : nrs <commande> [dossier] [options]" : "Usage: nrs <command> [folder] [options]",
    "",
    fr ? "Commandes :" : "Commands:",
  ];
  const width = Math.max(...COMMAND_TABLE.map((c) => `${c.name} ${c.args[lang]}`.length)) + 2;
  for (const c of COMMAND_TABLE) lines.push(`  ${`${c.name} ${c.args[lang]}`.padEnd(width)}${c.summary[lang]}`);
  lines.push(
    `  ${"help <commande>".replace("commande", fr ? "commande" : "command").padEnd(width)}${fr ? "l'aide d'une commande (ou nrs <commande> --help)" : "the help of a command (or nrs <command> --help)"}`,
  );
  lines.push("", fr ? "Options de toutes les commandes :" : "Options of every command:", ...optionLines(GLOBAL, lang));
  lines.push("", EXIT_CODES[lang], "");
  return lines.join("\n");
}

/** The text of `nrs <command> --help`: usage, what it does, its options, examples and exit codes. */
export function commandHelp(c: CommandEntry, lang: Lang): string {
  const fr = lang === "fr";
  const lines = [`${fr ? "Usage :" : "Usage:"} ${usageOf(c, lang)}`, "", c.description[lang], ""];
  if (c.options.length > 0) lines.push(fr ? "Options :" : "Options:", ...optionLines(c.options, lang), "");
  lines.push(fr ? "Options de toutes les commandes :" : "Options of every command:", ...optionLines(GLOBAL, lang), "");
  if (c.examples.length > 0) lines.push(fr ? "Exemples :" : "Examples:", ...c.examples.map((e) => `  ${e}`), "");
  lines.push(EXIT_CODES[lang], "");
  return lines.join("\n");
}
