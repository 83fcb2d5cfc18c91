import { parseArgs } from "node:util";
import type { Lang } from "@nrs/core";
import { CliError } from "./cli-error.js";
import { ExitCode } from "./exit-code.js";

/** The commands of `nrs`. */
export const COMMANDS = ["init", "validate", "footprint", "indicators", "report", "export", "help"] as const;

/** One of {@link COMMANDS}. */
export type CommandName = (typeof COMMANDS)[number];

/** The command line once read: the command, its positional arguments and its options. */
export interface CommandLine {
  readonly command: CommandName | undefined;
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly lang: Lang | undefined;
  readonly quiet: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly year: number | undefined;
  readonly format: string | undefined;
  readonly out: string | undefined;
  readonly force: boolean;
  /** `nrs footprint --perimetre`: `administration` (default), `territoire` or `tout`. */
  readonly perimetre: "administration" | "territoire" | "tout" | undefined;
}

const OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  year: { type: "string", short: "y" },
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  perimetre: { type: "string" },
} as const;

const GLOBAL = ["json", "lang", "quiet", "help", "version"];

/** The options each command accepts besides the global ones. */
const ALLOWED: Record<CommandName, readonly string[]> = {
  init: ["force"],
  validate: ["year"],
  footprint: ["year", "perimetre"],
  indicators: ["year"],
  report: ["year", "format", "out"],
  export: ["year", "out"],
  help: [],
};

/**
 * Reads the command line with `node:util`'s `parseArgs`. A mistake (unknown command or option, an
 * option the command does not take, a year that is not a year) is a {@link CliError} with exit code 2.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    throw usage("NRS_CLI_BAD_OPTION", `Ligne de commande invalide : ${text}`, `Invalid command line: ${text}`);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  let command: CommandName | undefined;
  if (first !== undefined) {
    if (!(COMMANDS as readonly string[]).includes(first)) {
      throw usage("NRS_CLI_UNKNOWN_COMMAND", `Commande inconnue : « ${first} ».`, `Unknown command: "${first}".`);
    }
    command = first as CommandName;
    for (const name of Object.keys(values)) {
      if (!GLOBAL.includes(name) && !ALLOWED[command].includes(name)) {
        throw usage(
          "NRS_CLI_BAD_OPTION",
          `La commande « ${command} » ne prend pas l'option --${name}.`,
          `The "${command}" command does not take the --${name} option.`,
        );
      }
    }
  }
  let lang: Lang | undefined;
  if (values.lang !== undefined) {
    if (values.lang !== "fr" && values.lang !== "en") {
      throw usage("NRS_CLI_BAD_LANG", `Langue inconnue : « ${values.lang} » (fr ou en).`, `Unknown language: "${values.lang}" (fr or en).`);
    }
    lang = values.lang;
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) {
      throw usage("NRS_CLI_BAD_YEAR", `Année invalide : « ${values.year} » (quatre chiffres, ex. 2024).`, `Invalid year: "${values.year}" (four digits, e.g. 2024).`);
    }
    year = Number(values.year);
  }
  const perimetre = values.perimetre;
  if (perimetre !== undefined && perimetre !== "administration" && perimetre !== "territoire" && perimetre !== "tout") {
    throw usage("NRS_CLI_BAD_OPTION", `Périmètre inconnu : « ${perimetre} » (administration, territoire ou tout).`, `Unknown perimeter: "${perimetre}" (administration, territoire or tout).`);
  }
  return {
    command,
    positionals: rest,
    json: values.json ?? false,
    lang,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    year,
    format: values.format,
    out: values.out,
    force: values.force ?? false,
    perimetre,
  };
}

function usage(code: string, fr: string, en: string): CliError {
  return new CliError(code, { fr, en }, { fr: "Lancez « nrs --help » pour la liste des commandes et options.", en: 'Run "nrs --help" for the commands and options.' }, ExitCode.usage);
}
