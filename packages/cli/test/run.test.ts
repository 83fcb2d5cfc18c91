import { describe, expect, it } from "vitest";
import { run } from "../src/run.js";

function io(env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  return {
    io: { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s), isTTY: false }, cwd: "/", env },
    out: () => stdout,
    err: () => stderr,
  };
}

describe("run (in-process)", () => {
  it("reports a mistake in the language of --lang even when the command line cannot be parsed", async () => {
    const en = io();
    expect(await run(["--lang", "en", "--nope"], en.io)).toBe(2);
    expect(en.err()).toMatch(/^nrs: error NRS_CLI_BAD_OPTION: Unknown option: --nope\./);
    const fr = io();
    expect(await run(["--nope"], fr.io)).toBe(2);
    expect(fr.err()).toMatch(/^nrs: erreur NRS_CLI_BAD_OPTION: Option inconnue : --nope\./);
  });

  it("takes the language from NRS_LANG when --lang is absent", async () => {
    const c = io({ NRS_LANG: "en" });
    await run(["frobnicate"], c.io);
    expect(c.err()).toContain("Unknown command");
  });

  it("keeps standard output to one JSON document in --json mode, errors included", async () => {
    const c = io();
    expect(await run(["validate", "/nonexistent-nrs-folder", "--json"], c.io)).toBe(3);
    const doc = JSON.parse(c.out()) as { command: string; ok: boolean; error: { code: string; message: { fr: string; en: string } } };
    expect(doc).toMatchObject({ command: "validate", ok: false, error: { code: "NRS_CLI_NO_PROJECT" } });
    expect(doc.error.message.fr).not.toBe(doc.error.message.en);
    expect(c.err()).toBe("");
  });
});
