import { COMMAND_TABLE, commandEntry } from "../command-table.js";
import type { CommandLine } from "./command-line.js";
import { OPTIONS, type OptionName, type OptionSpec } from "./option-table.js";
import { closestName } from "./suggest.js";
import { didYouMean, usageError } from "./usage-error.js";

const NAMES = Object.keys(OPTIONS) as OptionName[];
const BY_SHORT = new Map(
  NAMES.flatMap((n) => {
    const spec: OptionSpec = OPTIONS[n];
    return spec.short ? [[spec.short, n] as const] : [];
  }),
);

/** The command names `nrs` knows: those of the command table, and `help`. */
export function commandNames(): string[] {
  return [...COMMAND_TABLE.map((c) => c.name), "help"];
}

interface Given {
  readonly name: OptionName;
  readonly value: string | undefined;
}

/**
 * Reads the command line against the option table and the command table. Every mistake is a
 * {@link CliError} with exit code 2 and a message in French and English: an unknown command or option
 * (with the closest known name), an option the command does not take, a missing, empty or malformed
 * value, or an option given twice.
 *
 * `--name value`, `--name=value`, `-x value` and `--` (the rest are arguments) are understood.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const positionals: string[] = [];
  const given: Given[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const eq = long ? arg.indexOf("=") : -1;
    const key = long ? arg.slice(2, eq >= 0 ? eq : undefined) : arg.slice(1);
    const name = long ? NAMES.find((n) => n === key) : BY_SHORT.get(key);
    if (name === undefined) {
      const suggestion = long ? closestName(key, NAMES) : undefined;
      throw usageError("NRS_CLI_BAD_OPTION", {
        fr: `Option inconnue : ${arg}.${didYouMean(suggestion && `--${suggestion}`).fr}`,
        en: `Unknown option: ${arg}.${didYouMean(suggestion && `--${suggestion}`).en}`,
      });
    }
    const spec: OptionSpec = OPTIONS[name];
    if (spec.kind === "flag") {
      if (eq >= 0)
        throw usageError("NRS_CLI_BAD_OPTION", {
          fr: `L'option --${name} ne prend pas de valeur.`,
          en: `The --${name} option takes no value.`,
        });
      given.push({ name, value: undefined });
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      // `--out --json` forgot the file: an option name is never taken as a value.
      if (next === undefined || (next.startsWith("-") && next !== "-" && !/^-\d/.test(next))) {
        throw usageError("NRS_CLI_MISSING_VALUE", {
          fr: `L'option --${name} attend une valeur.`,
          en: `The --${name} option needs a value.`,
        });
      }
      value = next;
      i++;
    }
    given.push({ name, value });
  }
  return build(positionals, given);
}

function build(positionals: string[], given: readonly Given[]): CommandLine {
  const [first, ...rest] = positionals;
  let command: string | undefined;
  let allowed: readonly OptionName[] = NAMES.filter((n) => (OPTIONS[n] as OptionSpec).global);
  if (first !== undefined) {
    const entry = commandEntry(first);
    if (!entry && first !== "help") {
      const suggestion = closestName(first, commandNames());
      throw usageError("NRS_CLI_UNKNOWN_COMMAND", {
        fr: `Commande inconnue : « ${first} ».${didYouMean(suggestion && `« ${suggestion} »`).fr}`,
        en: `Unknown command: "${first}".${didYouMean(suggestion && `"${suggestion}"`).en}`,
      });
    }
    command = first;
    allowed = [...allowed, ...(entry?.options ?? [])];
  }
  const values: Record<string, unknown> = Object.fromEntries(
    NAMES.map((n) => [n, (OPTIONS[n] as OptionSpec).kind === "flag" ? false : undefined]),
  );
  const seen = new Set<OptionName>();
  for (const g of given) {
    if (!allowed.includes(g.name)) {
      const wanted =
        command === undefined
          ? ""
          : closestName(
              g.name,
              allowed.filter((n) => !(OPTIONS[n] as OptionSpec).global),
            );
      throw usageError(
        "NRS_CLI_BAD_OPTION",
        command === undefined
          ? {
              fr: `L'option --${g.name} va avec une commande (nrs <commande> --${g.name}).`,
              en: `The --${g.name} option goes with a command (nrs <command> --${g.name}).`,
            }
          : {
              fr: `La commande « ${command} » ne prend pas l'option --${g.name}.${didYouMean(wanted && `--${wanted}`).fr}`,
              en: `The "${command}" command does not take the --${g.name} option.${didYouMean(wanted && `--${wanted}`).en}`,
            },
        command,
      );
    }
    const spec: OptionSpec = OPTIONS[g.name];
    if (seen.has(g.name) && spec.kind !== "flag") {
      throw usageError(
        "NRS_CLI_REPEATED_OPTION",
        { fr: `L'option --${g.name} est donnée deux fois.`, en: `The --${g.name} option is given twice.` },
        command,
      );
    }
    seen.add(g.name);
    values[g.name] = readValue(g, spec, command);
  }
  return { ...(values as Omit<CommandLine, "command" | "positionals">), command, positionals: rest };
}

function readValue(g: Given, spec: OptionSpec, command: string | undefined): unknown {
  if (spec.kind === "flag") return true;
  const value = g.value ?? "";
  if (value === "") {
    throw usageError(
      "NRS_CLI_EMPTY_VALUE",
      { fr: `L'option --${g.name} attend une valeur non vide.`, en: `The --${g.name} option needs a value that is not empty.` },
      command,
    );
  }
  if (spec.kind === "year") {
    if (!/^\d{4}$/.test(value)) {
      throw usageError(
        "NRS_CLI_BAD_YEAR",
        { fr: `Année invalide : « ${value} » (quatre chiffres, ex. 2024).`, en: `Invalid year: "${value}" (four digits, e.g. 2024).` },
        command,
      );
    }
    return Number(value);
  }
  if (spec.kind === "choice" && !spec.choices!.includes(value)) {
    const suggestion = closestName(value, spec.choices!);
    const list = spec.choices!.join(", ");
    throw usageError(
      spec.badValueCode ?? "NRS_CLI_BAD_VALUE",
      {
        fr: `Valeur inconnue pour --${g.name} : « ${value} » (${list}).${didYouMean(suggestion).fr}`,
        en: `Unknown value for --${g.name}: "${value}" (${list}).${didYouMean(suggestion).en}`,
      },
      command,
    );
  }
  return value;
}
