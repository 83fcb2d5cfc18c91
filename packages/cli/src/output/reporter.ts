import { formatProblem, toJson, type Lang, type Message, type Problem } from "@nrs/core";
import type { CliError } from "../cli-error.js";
import type { CliIo } from "../cli-io.js";
import { JSON_SCHEMA_VERSION } from "./json-schema-version.js";
import { terminalText } from "./terminal-text.js";

/** How a command prints: language, JSON or human text, progress or not. */
export interface ReporterOptions {
  readonly lang: Lang;
  readonly json: boolean;
  readonly quiet: boolean;
}

/**
 * Everything a command prints goes through a Reporter, so that every command speaks French or English,
 * can print JSON for scripts, and never mixes the two. Human results go to standard output, notes and
 * errors to standard error; in JSON mode standard output holds exactly one JSON document.
 */
export class Reporter {
  constructor(
    readonly io: CliIo,
    readonly options: ReporterOptions,
  ) {}

  get lang(): Lang {
    return this.options.lang;
  }

  /** Picks the text of a bilingual message in the output language. */
  t(message: Message): string {
    return message[this.options.lang];
  }

  /** Prints a line of human output on standard output (nothing in JSON mode). */
  line(text: Message | string = ""): void {
    if (this.options.json) return;
    this.io.stdout.write(`${terminalText(typeof text === "string" ? text : this.t(text))}\n`);
  }

  /** Says on standard output that a file was written (nothing in JSON mode or with `--quiet`: the file is the result). */
  written(text: Message | string): void {
    if (this.options.quiet) return;
    this.line(text);
  }

  /** Prints a side note on standard error (nothing in JSON mode or with `--quiet`). */
  note(text: Message | string): void {
    if (this.options.json || this.options.quiet) return;
    this.io.stderr.write(`${terminalText(typeof text === "string" ? text : this.t(text))}\n`);
  }

  /** Prints problems one per line as `file:line:column severity CODE message`. */
  problems(problems: readonly Problem[], stream: "stdout" | "stderr" = "stdout"): void {
    if (this.options.json) return;
    const target = stream === "stdout" ? this.io.stdout : this.io.stderr;
    for (const p of problems) target.write(`${terminalText(formatProblem(p, this.options.lang))}\n`);
  }

  /**
   * Prints the JSON document of a command (JSON mode only), with its `schemaVersion` (the JSON Schemas
   * are in the package's `schemas/` folder). Decimals are written as strings.
   */
  json(command: string, document: Record<string, unknown>): void {
    if (!this.options.json) return;
    this.io.stdout.write(`${toJson({ command, schemaVersion: JSON_SCHEMA_VERSION, ...document })}\n`);
  }

  /** Prints an error for a person (message, then what to do), or as JSON; never a stack trace. */
  error(command: string, error: CliError): void {
    if (this.options.json) {
      this.io.stdout.write(
        `${toJson({
          command,
          schemaVersion: JSON_SCHEMA_VERSION,
          ok: false,
          error: { code: error.code, message: error.text, hint: error.hint, exitCode: error.exitCode },
          problems: error.problems,
        })}\n`,
      );
      return;
    }
    for (const p of error.problems) this.io.stderr.write(`${terminalText(formatProblem(p, this.options.lang))}\n`);
    const label = this.options.lang === "fr" ? "erreur" : "error";
    const todo = this.options.lang === "fr" ? "Que faire :" : "What to do:";
    this.io.stderr.write(terminalText(`nrs: ${label} ${error.code}: ${this.t(error.text)}\n  ${todo} ${this.t(error.hint)}\n`));
  }
}
