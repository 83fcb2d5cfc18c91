import { NrsError, type Lang } from "@nrs/core";
import packageJson from "../package.json" with { type: "json" };
import { CliError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import { parseCommandLine } from "./command-line/parse-command-line.js";
import { closestName } from "./command-line/suggest.js";
import { didYouMean, usageError } from "./command-line/usage-error.js";
import { COMMAND_TABLE, commandEntry } from "./command-table.js";
import { ExitCode, type ExitCodeValue } from "./exit-code.js";
import { commandHelp, generalHelp } from "./help/render-help.js";
import { Reporter } from "./output/reporter.js";

/**
 * Runs the `nrs` command line and returns its exit code; it never throws and never prints a stack
 * trace (set `NRS_DEBUG=1` to see one for an internal error). The `nrs` binary is
 * `process.exitCode = await run(process.argv.slice(2), process-backed io)`.
 *
 * @example
 * ```ts
 * import { run } from "@nrs/cli";
 * let out = "";
 * const code = await run(["--version", "--json"], {
 *   stdout: { write: (s: string) => { out += s; } },
 *   stderr: { write: () => {} },
 *   cwd: process.cwd(),
 *   env: {},
 * });
 * if (code !== 0 || !out.includes("version")) throw new Error("unexpected");
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCodeValue> {
  // Known before parsing, so that even a command-line mistake is reported in the right language and format.
  const json = argv.includes("--json");
  const lang = guessLang(argv, io.env);
  let reporter = new Reporter(io, { lang, json, quiet: argv.includes("--quiet") || argv.includes("-q") });
  let command = "nrs";
  try {
    const cl = parseCommandLine(argv);
    command = cl.command ?? "nrs";
    reporter = new Reporter(io, { lang: cl.lang ?? lang, json: cl.json, quiet: cl.quiet });
    if (cl.version) {
      reporter.line(packageJson.version);
      reporter.json("version", { ok: true, version: packageJson.version });
      return ExitCode.ok;
    }
    const entry = cl.command === undefined ? undefined : commandEntry(cl.command);
    if (cl.help || entry === undefined) {
      // `nrs help footprint` and `nrs footprint --help` both print the command's own help.
      const topic = entry ?? (cl.command === "help" ? helpTopic(cl.positionals[0]) : undefined);
      const help = { fr: topic ? commandHelp(topic, "fr") : generalHelp("fr"), en: topic ? commandHelp(topic, "en") : generalHelp("en") };
      reporter.line(help);
      reporter.json("help", { ok: true, topic: topic?.name, help });
      return cl.command === undefined && !cl.help ? ExitCode.usage : ExitCode.ok;
    }
    return await entry.run(cl, reporter, io);
  } catch (e) {
    const error = toCliError(e);
    reporter.error(command, error);
    if (error.exitCode === ExitCode.internal && io.env.NRS_DEBUG && e instanceof Error) io.stderr.write(`${e.stack ?? ""}\n`);
    return error.exitCode;
  }
}

function helpTopic(name: string | undefined) {
  if (name === undefined) return undefined;
  const entry = commandEntry(name);
  if (entry) return entry;
  const suggestion = closestName(
    name,
    COMMAND_TABLE.map((c) => c.name),
  );
  throw usageError("NRS_CLI_UNKNOWN_COMMAND", {
    fr: `Commande inconnue : « ${name} ».${didYouMean(suggestion && `« ${suggestion} »`).fr}`,
    en: `Unknown command: "${name}".${didYouMean(suggestion && `"${suggestion}"`).en}`,
  });
}

function guessLang(argv: readonly string[], env: CliIo["env"]): Lang {
  const i = argv.indexOf("--lang");
  const given = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const value = given ?? env.NRS_LANG;
  return value === "en" ? "en" : "fr";
}

/** Errors from the libraries and from Node become errors a person can act on. */
function toCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof NrsError) {
    return new CliError(
      e.code,
      { fr: "Les données ne permettent pas le calcul.", en: "The data does not allow the computation." },
      { fr: "Corrigez les problèmes ci-dessus, puis relancez.", en: "Fix the problems above, then run again." },
      ExitCode.problems,
      e.problems,
    );
  }
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    const path = (e as { path?: string }).path ?? "";
    return new CliError(
      "NRS_CLI_IO",
      { fr: `Erreur de fichier (${code}) : ${path}`, en: `File error (${code}): ${path}` },
      { fr: "Vérifiez le chemin et les droits d'accès.", en: "Check the path and the permissions." },
      ExitCode.io,
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new CliError(
    "NRS_CLI_INTERNAL",
    { fr: `Erreur interne de nrs : ${detail}`, en: `Internal error in nrs: ${detail}` },
    {
      fr: "C'est un défaut de nrs : signalez-le sur https://github.com/nrs-sdk/nrs/issues (NRS_DEBUG=1 affiche la pile).",
      en: "This is a bug in nrs: please report it at https://github.com/nrs-sdk/nrs/issues (NRS_DEBUG=1 shows the stack).",
    },
    ExitCode.internal,
  );
}
