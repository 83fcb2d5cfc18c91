import { describe, expect, it } from "vitest";
import { golden } from "../../../tools/test-support/src/golden.js";
import { renderBilan } from "../src/index.js";
import { FIXTURE, GENERATED_AT, loadFixture, readFixtureFile } from "./support/fixture.js";
import { goldenOutputs } from "./support/golden-outputs.js";

const outputs = (): Record<string, string> => goldenOutputs(readFixtureFile);

describe("golden files: val-de-fictive", () => {
  const produced = outputs();
  for (const [name, text] of Object.entries(produced)) {
    it(`${name} matches the golden file`, () => golden(FIXTURE, name, text));
  }

  it("same inputs and generation date give byte-identical outputs", () => {
    expect(outputs()).toEqual(produced);
  });

  it("a different generation date changes only the provenance", () => {
    const input = loadFixture();
    const a = renderBilan(input, { generatedAt: "2026-02-02", format: "json" });
    const b = renderBilan(input, { generatedAt: "2026-02-03", format: "json" });
    expect(a.content).not.toBe(b.content);
    expect(a.provenance.inputHash).toBe(b.provenance.inputHash);
  });

  it("changing one input value changes the input hash", () => {
    const input = loadFixture();
    const a = renderBilan(input, { generatedAt: GENERATED_AT });
    const b = renderBilan(
      { ...input, collectivite: { ...input.collectivite, nom: input.collectivite.nom + "." } },
      { generatedAt: GENERATED_AT },
    );
    expect(a.provenance.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.provenance.inputHash).not.toBe(a.provenance.inputHash);
  });
});
