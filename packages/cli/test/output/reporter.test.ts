import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { CliError } from "../../src/cli-error.js";
import { Reporter } from "../../src/output/reporter.js";

function capture(json: boolean, lang: "fr" | "en" = "fr") {
  const out: string[] = [];
  const err: string[] = [];
  const reporter = new Reporter(
    { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: "/", env: {} },
    { lang, json, quiet: false },
  );
  return { reporter, out: () => out.join(""), err: () => err.join("") };
}

const problem = {
  code: "NRS_REQUIRED",
  severity: "error",
  path: ["type"],
  file: "d/inventaire.csv",
  line: 3,
  column: 7,
  message: { fr: "Champ obligatoire manquant.", en: "Required field is missing." },
} as const;

describe("Reporter", () => {
  it("prints problems as file:line:column severity CODE message in the chosen language", () => {
    const fr = capture(false, "fr");
    fr.reporter.problems([problem]);
    expect(fr.out()).toBe("d/inventaire.csv:3:7 erreur NRS_REQUIRED Champ obligatoire manquant. (type)\n");
    const en = capture(false, "en");
    en.reporter.problems([problem]);
    expect(en.out()).toBe("d/inventaire.csv:3:7 error NRS_REQUIRED Required field is missing. (type)\n");
  });

  it("prints exactly one JSON document in JSON mode, decimals as strings, and no human text", () => {
    const c = capture(true);
    c.reporter.line("ignored");
    c.reporter.problems([problem]);
    c.reporter.json("footprint", { ok: true, total: new Decimal("0.1").plus("0.2") });
    const doc = JSON.parse(c.out()) as Record<string, unknown>;
    expect(doc).toEqual({ command: "footprint", schemaVersion: 1, ok: true, total: "0.3" });
  });

  it("prints an error as a message and what to do, without a stack", () => {
    const c = capture(false, "en");
    c.reporter.error("validate", new CliError("NRS_CLI_X", { fr: "Rien.", en: "Nothing." }, { fr: "Agir.", en: "Act." }, 3, [problem]));
    expect(c.err()).toBe(
      "d/inventaire.csv:3:7 error NRS_REQUIRED Required field is missing. (type)\nnrs: error NRS_CLI_X: Nothing.\n  What to do: Act.\n",
    );
    expect(c.err()).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(c.out()).toBe("");
  });

  it("puts errors in the JSON document in JSON mode", () => {
    const c = capture(true);
    c.reporter.error("validate", new CliError("NRS_CLI_X", { fr: "Rien.", en: "Nothing." }, { fr: "Agir.", en: "Act." }, 3));
    expect(JSON.parse(c.out())).toMatchObject({
      command: "validate",
      ok: false,
      error: { code: "NRS_CLI_X", exitCode: 3, hint: { en: "Act." } },
    });
  });
});
