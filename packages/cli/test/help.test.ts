import { describe, expect, it } from "vitest";
import { COMMAND_TABLE } from "../src/command-table.js";
import { OPTIONS } from "../src/command-line/option-table.js";
import { commandHelp, generalHelp } from "../src/help/render-help.js";
import { run } from "../src/run.js";

function io() {
  let stdout = "";
  return { io: { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => {} }, cwd: "/", env: {} }, out: () => stdout };
}

describe("help from the command table", () => {
  it("lists every command and every global option, in both languages", () => {
    for (const lang of ["fr", "en"] as const) {
      const text = generalHelp(lang);
      for (const c of COMMAND_TABLE) expect(text).toContain(`  ${c.name} `);
      for (const [name, spec] of Object.entries(OPTIONS)) if ("global" in spec) expect(text).toContain(`--${name}`);
    }
  });

  it("gives each command its own help with the options it takes and no other", () => {
    for (const c of COMMAND_TABLE) {
      const text = commandHelp(c, "en");
      expect(text).toContain(`Usage: nrs ${c.name}`);
      for (const [name, spec] of Object.entries(OPTIONS)) {
        if (!("global" in spec))
          expect(text.includes(`--${name} `) || text.includes(`--${name}\n`) || text.includes(`[--${name}`)).toBe(
            c.options.includes(name as never),
          );
      }
    }
  });

  it("prints a command's help for nrs <command> --help and nrs help <command>", async () => {
    const a = io();
    expect(await run(["footprint", "--help", "--lang", "en"], a.io)).toBe(0);
    const b = io();
    expect(await run(["help", "footprint", "--lang", "en"], b.io)).toBe(0);
    expect(a.out()).toBe(b.out());
    expect(a.out()).toContain("Usage: nrs footprint <folder> [--year Y]");
    const c = io();
    expect(await run(["report", "--help"], c.io)).toBe(0);
    expect(c.out()).not.toBe(a.out());
    expect(c.out()).toContain("--format html|md|json");
  });
});
