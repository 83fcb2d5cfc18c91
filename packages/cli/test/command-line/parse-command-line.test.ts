import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli-error.js";
import { parseCommandLine } from "../../src/command-line/parse-command-line.js";

function mistake(argv: string[]): CliError {
  try {
    parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    expect(e.exitCode).toBe(2);
    expect(e.text.fr).not.toBe(e.text.en);
    return e;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
}

describe("parseCommandLine", () => {
  it("reads a command, its folder and its options", () => {
    const cl = parseCommandLine([
      "report",
      "examples/val-de-fictive",
      "--year",
      "2024",
      "--format",
      "html",
      "--out",
      "x.html",
      "--lang",
      "en",
      "--json",
    ]);
    expect(cl).toMatchObject({
      command: "report",
      positionals: ["examples/val-de-fictive"],
      year: 2024,
      format: "html",
      out: "x.html",
      lang: "en",
      json: true,
    });
  });

  it("accepts short options, --opt=value, options before the command and -- before arguments", () => {
    expect(parseCommandLine(["footprint", "d", "-y", "2025", "-q"])).toMatchObject({ year: 2025, quiet: true });
    expect(parseCommandLine(["footprint", "d", "--year=2025"]).year).toBe(2025);
    expect(parseCommandLine(["--json", "validate", "d"])).toMatchObject({ command: "validate", json: true, positionals: ["d"] });
    expect(parseCommandLine(["validate", "--", "--odd-folder"]).positionals).toEqual(["--odd-folder"]);
    expect(parseCommandLine(["report", "d", "--out", "-"]).out).toBe("-");
  });

  it("refuses what it does not know, with exit code 2 and a code per mistake", () => {
    expect(mistake(["frobnicate"]).code).toBe("NRS_CLI_UNKNOWN_COMMAND");
    expect(mistake(["validate", "d", "--colour"]).code).toBe("NRS_CLI_BAD_OPTION");
    expect(mistake(["validate", "d", "--format", "html"]).code).toBe("NRS_CLI_BAD_OPTION");
    expect(mistake(["footprint", "d", "--year", "24"]).code).toBe("NRS_CLI_BAD_YEAR");
    expect(mistake(["footprint", "d", "--lang", "de"]).code).toBe("NRS_CLI_BAD_LANG");
    expect(mistake(["report", "d", "--format", "pdf"]).code).toBe("NRS_CLI_BAD_FORMAT");
    expect(mistake(["footprint", "d", "--year"]).code).toBe("NRS_CLI_MISSING_VALUE");
    expect(mistake(["report", "d", "--out", "--json"]).code).toBe("NRS_CLI_MISSING_VALUE");
    expect(mistake(["validate", "d", "--json=yes"]).code).toBe("NRS_CLI_BAD_OPTION");
  });

  it("refuses an option given twice and an empty value", () => {
    expect(mistake(["footprint", "d", "--year", "2024", "-y", "2025"]).code).toBe("NRS_CLI_REPEATED_OPTION");
    expect(mistake(["report", "d", "--out", ""]).code).toBe("NRS_CLI_EMPTY_VALUE");
    expect(mistake(["report", "d", "--out="]).code).toBe("NRS_CLI_EMPTY_VALUE");
  });

  it("suggests the closest command, option or value, in each language", () => {
    const command = mistake(["valdiate", "d"]);
    expect(command.text.fr).toBe("Commande inconnue : « valdiate ». Voulez-vous dire « validate » ?");
    expect(command.text.en).toBe('Unknown command: "valdiate". Did you mean "validate"?');
    const option = mistake(["footprint", "d", "--yaer", "2024"]);
    expect(option.text.fr).toBe("Option inconnue : --yaer. Voulez-vous dire --year ?");
    expect(option.text.en).toBe("Unknown option: --yaer. Did you mean --year?");
    expect(mistake(["report", "d", "--format", "htlm"]).text.fr).toContain("Voulez-vous dire html ?");
    expect(mistake(["report", "d", "--form", "html"]).text.en).toContain("Did you mean --format?");
    expect(mistake(["validate", "d", "--zzzzzz"]).text.fr).toBe("Option inconnue : --zzzzzz.");
  });

  it("says which command's help to read for a mistake about that command", () => {
    expect(mistake(["footprint", "d", "--out", "x"]).hint.fr).toContain("nrs footprint --help");
  });

  it("never leaks Node's English text into a French message", () => {
    for (const argv of [["--nope"], ["-z"], ["validate", "d", "--year"], ["validate", "d", "--json=1"]]) {
      const e = mistake(argv);
      expect(e.text.fr).not.toMatch(/Unknown|option '|argument/);
    }
  });

  it("leaves the command undefined when none is given", () => {
    expect(parseCommandLine(["--version"])).toMatchObject({ command: undefined, version: true });
  });

  it("either reads any command line or refuses it with a usage error (never another exception)", () => {
    const token = fc.oneof(
      fc.constantFrom(
        "validate",
        "report",
        "export",
        "help",
        "--year",
        "-y",
        "--out",
        "-o",
        "--json",
        "--format",
        "--",
        "-",
        "--lang",
        "2024",
        "",
        "=",
        "--out=",
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        try {
          parseCommandLine(argv);
        } catch (e) {
          expect(e).toBeInstanceOf(CliError);
          expect((e as CliError).exitCode).toBe(2);
        }
      }),
    );
  });
});
