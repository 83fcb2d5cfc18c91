import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../src/cli-error.js";
import type { CliIo } from "../../src/cli-io.js";
import { writeOutput } from "../../src/output/write-output.js";

const dir = mkdtempSync(join(tmpdir(), "nrs-out-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const project = join(dir, "p");
mkdirSync(join(project, "donnees/2025"), { recursive: true });
writeFileSync(join(project, "collectivite.json"), "{}");
writeFileSync(join(project, "donnees/2025/inventaire.csv"), "type\n");
writeFileSync(join(project, "notes.txt"), "mine");
symlinkSync(join(project, "collectivite.json"), join(dir, "link-to-collectivite.json"));
const io = { cwd: dir } as unknown as CliIo;

async function refusal(out: string): Promise<{ code: string; exit: number }> {
  try {
    await writeOutput(io, out, "x", project);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { code: e.code, exit: e.exitCode };
  }
  throw new Error(`written: ${out}`);
}

describe("writeOutput", () => {
  it("never replaces a file the project reads, nor writes under donnees/ or bilans/", async () => {
    for (const out of [
      "p/donnees/2025/inventaire.csv",
      "p/collectivite.json",
      "p/strategie.json",
      "p/bilans/2026.json",
      "p/donnees/new.csv",
      "p/notes.txt",
      "link-to-collectivite.json",
      "p/./donnees/../collectivite.json",
    ]) {
      expect(await refusal(out), out).toEqual({ code: "NRS_CLI_BAD_OUT", exit: 2 });
    }
    expect(readFileSync(join(project, "collectivite.json"), "utf8")).toBe("{}");
    expect(readFileSync(join(project, "donnees/2025/inventaire.csv"), "utf8")).toBe("type\n");
    expect(await refusal("p")).toMatchObject({ code: "NRS_CLI_BAD_OUT" });
  });

  it("writes a new file in the project outside its data, and any file outside the project", async () => {
    expect(await writeOutput(io, "p/rapports/bilan.html", "<p>", project)).toBe(join("p", "rapports", "bilan.html"));
    await writeOutput(io, "elsewhere.txt", "one", project);
    await writeOutput(io, "elsewhere.txt", "two", project);
    expect(readFileSync(join(dir, "elsewhere.txt"), "utf8")).toBe("two");
  });

  it("refuses a folder as the target, reports a failed write with exit 3, and leaves no temporary file", async () => {
    mkdirSync(join(dir, "blocked"));
    await expect(writeOutput(io, "blocked", "new", undefined)).rejects.toMatchObject({ code: "NRS_CLI_BAD_OUT" });
    writeFileSync(join(dir, "a-file"), "old");
    await expect(writeOutput(io, "a-file/inside.txt", "new", undefined)).rejects.toMatchObject({
      code: "NRS_CLI_CANNOT_WRITE",
      exitCode: 3,
    });
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(readFileSync(join(dir, "a-file"), "utf8")).toBe("old");
  });
});
