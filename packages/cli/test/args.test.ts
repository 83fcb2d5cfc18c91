import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../src/args.js";
import { CliError } from "../src/cli-error.js";

function usageCode(argv: string[]): string | undefined {
  try {
    parseCommandLine(argv);
    return undefined;
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    expect(e.exitCode).toBe(2);
    expect(e.text.fr).not.toBe(e.text.en);
    return e.code;
  }
}

describe("parseCommandLine", () => {
  it("reads a command, its folder and its options", () => {
    const cl = parseCommandLine(["report", "examples/val-de-fictive", "--year", "2024", "--format", "html", "--out", "x.html", "--lang", "en", "--json"]);
    expect(cl).toMatchObject({ command: "report", positionals: ["examples/val-de-fictive"], year: 2024, format: "html", out: "x.html", lang: "en", json: true });
  });

  it("accepts short options and --opt=value", () => {
    expect(parseCommandLine(["footprint", "d", "-y", "2025", "-q"])).toMatchObject({ year: 2025, quiet: true });
    expect(parseCommandLine(["footprint", "d", "--year=2025"]).year).toBe(2025);
  });

  it("refuses what it does not know, with exit code 2", () => {
    expect(usageCode(["frobnicate"])).toBe("NRS_CLI_UNKNOWN_COMMAND");
    expect(usageCode(["validate", "d", "--colour"])).toBe("NRS_CLI_BAD_OPTION");
    expect(usageCode(["validate", "d", "--format", "html"])).toBe("NRS_CLI_BAD_OPTION");
    expect(usageCode(["footprint", "d", "--year", "24"])).toBe("NRS_CLI_BAD_YEAR");
    expect(usageCode(["footprint", "d", "--lang", "de"])).toBe("NRS_CLI_BAD_LANG");
    expect(usageCode(["footprint", "d", "--year"])).toBe("NRS_CLI_BAD_OPTION");
  });

  it("leaves the command undefined when none is given", () => {
    expect(parseCommandLine(["--version"])).toMatchObject({ command: undefined, version: true });
  });
});
