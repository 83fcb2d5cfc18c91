import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMAND_TABLE } from "../../src/command-table.js";
import { ExitCode } from "../../src/exit-code.js";
import { example, hostileCopy, nrsIn } from "./hostile-project.js";

// One copy of the example, and one whose collectivite.json is invalid (an error in the data).
const ok = hostileCopy();
const bad = hostileCopy();
writeFileSync(join(bad.project, "collectivite.json"), '{"type": "COMMUNE"}');
afterAll(() => {
  ok.cleanup();
  bad.cleanup();
});
const nowhere = join(ok.root, "nowhere");
const out = (name: string): string => join(ok.root, "out", name);
mkdirSync(join(ok.root, "out"));

/** What the help promises: 0 ok, 1 errors in the data, 2 invalid command line, 3 unreadable or unwritable file. */
const TABLE: Record<string, readonly (readonly [string, readonly string[], number])[]> = {
  init: [
    ["writes a new folder (--force: the JSON run finds it written)", ["init", join(ok.root, "fresh"), "--force"], ExitCode.ok],
    ["refuses a folder that is not empty", ["init", example], ExitCode.usage],
  ],
  validate: [
    ["the example", ["validate", example], ExitCode.ok],
    ["an error in the data", ["validate", bad.project], ExitCode.problems],
    ["a year the folder does not hold", ["validate", example, "--year", "1999"], ExitCode.problems],
    ["no such folder", ["validate", nowhere], ExitCode.io],
  ],
  footprint: [
    ["the example", ["footprint", example], ExitCode.ok],
    ["an error in the data", ["footprint", bad.project], ExitCode.problems],
    ["no such folder", ["footprint", nowhere], ExitCode.io],
  ],
  indicators: [
    ["the example", ["indicators", example], ExitCode.ok],
    ["an error in the data", ["indicators", bad.project], ExitCode.problems],
    ["no such folder", ["indicators", nowhere], ExitCode.io],
  ],
  report: [
    ["the example", ["report", example, "--out", out("b.html")], ExitCode.ok],
    ["an error in the data", ["report", bad.project, "--out", out("c.html")], ExitCode.problems],
    ["--out onto the project's data", ["report", ok.project, "--out", join(ok.project, "strategie.json")], ExitCode.usage],
    ["--out under a file", ["report", example, "--out", join(example, "..", "..", "package.json", "x.html")], ExitCode.io],
    ["no such folder", ["report", nowhere, "--out", out("d.html")], ExitCode.io],
  ],
  export: [
    ["the example", ["export", "opendata", example, "--out", out("o.csv")], ExitCode.ok],
    ["an unknown kind", ["export", "opendta", example, "--out", out("o.csv")], ExitCode.usage],
    ["no --out", ["export", "agec58", example], ExitCode.usage],
    ["an error in the data", ["export", "opendata", bad.project, "--out", out("e.csv")], ExitCode.problems],
    ["no such folder", ["export", "agec58", nowhere, "--out", out("f.csv")], ExitCode.io],
  ],
  compare: [
    ["two folders", ["compare", example, join(example, "..", "fictiville")], ExitCode.ok],
    ["nothing to compare", ["compare"], ExitCode.usage],
    ["no such folder", ["compare", nowhere, example], ExitCode.io],
  ],
};

describe("exit codes: what the help promises holds for every command", () => {
  it("the table covers every command of the command table", () => {
    expect(Object.keys(TABLE).sort()).toEqual(COMMAND_TABLE.map((c) => c.name).sort());
  });

  for (const c of COMMAND_TABLE) {
    it(`${c.name}: --help is 0, a mistyped option 2, a missing argument 2`, async () => {
      expect((await nrsIn(ok.root, [c.name, "--help"])).code).toBe(ExitCode.ok);
      expect((await nrsIn(ok.root, [c.name, example, "--no-such-option"])).code).toBe(ExitCode.usage);
      expect((await nrsIn(ok.root, [c.name])).code).toBe(ExitCode.usage);
    });
    for (const [what, argv, code] of TABLE[c.name] ?? []) {
      it(`${c.name}: ${what} → ${code}`, async () => {
        const r = await nrsIn(ok.root, argv);
        expect(r.code, r.stderr.slice(0, 400)).toBe(code);
        const json = await nrsIn(ok.root, [...argv, "--json"]);
        expect(json.code).toBe(code);
        expect((JSON.parse(json.stdout) as { ok: boolean }).ok).toBe(code === ExitCode.ok);
      });
    }
  }

  it("no command line at all is 2; --help and --version are 0; an unknown command is 2", async () => {
    expect((await nrsIn(ok.root, [])).code).toBe(ExitCode.usage);
    expect((await nrsIn(ok.root, ["--help"])).code).toBe(ExitCode.ok);
    expect((await nrsIn(ok.root, ["--version"])).code).toBe(ExitCode.ok);
    expect((await nrsIn(ok.root, ["valdiate"])).code).toBe(ExitCode.usage);
  });
});
