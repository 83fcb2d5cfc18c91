import type { CliIo } from "../cli-io.js";
import type { ExitCodeValue } from "../exit-code.js";
import type { Reporter } from "../output/reporter.js";
import type { OptionValues } from "./option-table.js";

/** The command line once read: the command, its positional arguments and the value of every option. */
export type CommandLine = OptionValues & {
  /** The command's name (`"footprint"`), `"help"`, or undefined when none was given. */
  readonly command: string | undefined;
  readonly positionals: readonly string[];
};

/** A command of `nrs`: reads its command line, prints through the reporter, returns the exit code. */
export type Command = (cl: CommandLine, reporter: Reporter, io: CliIo) => Promise<ExitCodeValue>;
