import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasStackTrace, nrs, repoRoot, tempDir } from "./run-built-cli.js";

const version = (JSON.parse(readFileSync(join(repoRoot, "packages/cli/package.json"), "utf8")) as { version: string }).version;
const tmp = tempDir();
afterAll(tmp.cleanup);

describe("nrs: help, version and command-line mistakes", () => {
  it("prints its version, as text and as JSON", async () => {
    expect(await nrs(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const json = await nrs(["--version", "--json"]);
    expect(JSON.parse(json.stdout)).toEqual({ command: "version", schemaVersion: 1, ok: true, version });
  });

  it("prints help in French by default and in English with --lang en", async () => {
    const fr = await nrs(["--help"]);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain("Commandes :");
    const en = await nrs(["help", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Commands:");
  });

  it("exits 2 without a command, after printing the help", async () => {
    const r = await nrs([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("Usage");
  });

  it("reports an unknown command with what to do, exit code 2 and no stack trace", async () => {
    const r = await nrs(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("NRS_CLI_UNKNOWN_COMMAND");
    expect(r.stderr).toContain("Que faire : Lancez « nrs --help »");
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stdout).toBe("");
  });

  it("reports an unknown option in English as JSON when asked", async () => {
    const r = await nrs(["validate", "x", "--colour", "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { ok: boolean; error: { code: string; message: { en: string } } };
    expect(doc.ok).toBe(false);
    expect(doc.error.code).toBe("NRS_CLI_BAD_OPTION");
    expect(r.stderr).toBe("");
  });

  it("exits 3 on a project folder that does not exist", async () => {
    const r = await nrs(["validate", join(tmp.dir, "nowhere"), "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("NRS_CLI_NO_PROJECT");
    expect(r.stderr).toContain('What to do: Check the path, or create a starting folder with "nrs init <folder>".');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it("exits 2 when the folder argument is missing", async () => {
    const r = await nrs(["footprint"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("NRS_CLI_NO_FOLDER");
  });
});
