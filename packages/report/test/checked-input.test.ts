import { NrsError } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { parseBilanReportInput, renderBilan, renderStrategy } from "../src/index.js";
import { renderBilanDocx } from "../src/docx.js";
import { GENERATED_AT, loadFixture } from "./support/fixture.js";

function problemsOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(NrsError);
    return (e as NrsError).problems;
  }
  throw new Error("no error");
}

describe("bad input gives one NrsError with paths, never a crash", () => {
  const input = loadFixture();
  const broken = { ...input, collectivite: { ...input.collectivite, siren: "123" }, bilan: { ...input.bilan, annee: "deux mille" } };
  it("parseBilanReportInput validates the documents with the model's schemas, every problem with its path", () => {
    const r = parseBilanReportInput(broken);
    if (r.ok) throw new Error("should fail");
    expect(r.errors.map((x) => x.path.join("."))).toEqual(expect.arrayContaining(["collectivite.siren", "bilan.annee"]));
    for (const x of r.errors) expect(x.message.fr.length > 0 && x.message.en.length > 0).toBe(true);
    const kinds = parseBilanReportInput({ ...input, facteurs: "x" });
    expect(kinds.ok ? [] : kinds.errors.map((x) => [x.code, x.path.join(".")])).toEqual([["NRS_REPORT_BAD_INPUT", "facteurs"]]);
    expect(parseBilanReportInput("texte").ok).toBe(false);
  });
  it("parseBilanReportInput gives the documents parsed, which render as the parsed fixture does", () => {
    // The four documents as JSON (the computed parts hold Decimals, which JSON does not carry).
    const documents = { collectivite: input.collectivite, programme: input.programme, strategie: input.strategie, bilan: input.bilan };
    const r = parseBilanReportInput(JSON.parse(JSON.stringify(documents)));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.bilan).toEqual(input.bilan);
    expect(renderBilan(r.value, { generatedAt: GENERATED_AT, format: "markdown" }).content).toBe(
      renderBilan(documents, { generatedAt: GENERATED_AT, format: "markdown" }).content,
    );
  });
  it("renderBilan checks kinds, not the documents' rules: NRS_REPORT_BAD_INPUT with paths", () => {
    expect(problemsOf(() => renderBilan(broken as never, { generatedAt: GENERATED_AT })).map((x) => [x.code, x.path.join(".")])).toEqual([
      ["NRS_REPORT_BAD_INPUT", "bilan.annee"],
    ]);
    const p = problemsOf(() => renderBilan({ ...input, strategie: { ...input.strategie, mesures: undefined }, rgesn: {} } as never));
    expect(p.map((x) => [x.code, x.path.join(".")])).toEqual([
      ["NRS_REPORT_BAD_INPUT", "strategie.mesures"],
      ["NRS_REPORT_BAD_INPUT", "rgesn"],
    ]);
    expect(p[0]!.message.fr).toContain("« strategie.mesures » doit être une liste");
    expect(p[0]!.message.en).toContain('"strategie.mesures" must be a list');
  });
  it("renderBilan turns a crash while composing into NRS_REPORT_UNREADABLE_INPUT", () => {
    const p = problemsOf(() => renderBilan({ ...input, strategie: { ...input.strategie, objectifs: [null] } } as never));
    expect(p.map((x) => [x.code, x.path])).toEqual([["NRS_REPORT_UNREADABLE_INPUT", []]]);
    expect(p[0]!.message.fr).toContain("parseBilanReportInput");
  });
  it("renderBilanDocx and renderStrategy still validate the documents with the schemas", async () => {
    await expect(renderBilanDocx(broken as never)).rejects.toThrow(NrsError);
    const e = await renderBilanDocx(broken as never).catch((x: unknown) => x);
    expect((e as NrsError).problems.map((x) => x.path.join("."))).toEqual(expect.arrayContaining(["collectivite.siren", "bilan.annee"]));
    expect(problemsOf(() => renderStrategy({ ...input, collectivite: broken.collectivite } as never)).map((x) => x.path.join("."))).toEqual(
      ["collectivite.siren"],
    );
  });
  it("missing documents and wrong kinds", () => {
    const p = problemsOf(() => renderStrategy({ collectivite: input.collectivite } as never));
    expect(p.some((x) => x.path[0] === "strategie")).toBe(true);
    expect(problemsOf(() => renderBilan(null as never))[0]!.code).toBe("NRS_REPORT_BAD_INPUT");
    expect(problemsOf(() => renderBilan({ ...input, facteurs: "x" } as never)).map((x) => x.path[0])).toEqual(["facteurs"]);
  });
  it("bad options", () => {
    expect(
      problemsOf(() => renderBilan(input, { format: "pdf" as never, lang: "de" as never, generatedAt: "hier" })).map((x) => x.code),
    ).toEqual(["NRS_REPORT_BAD_FORMAT", "NRS_REPORT_BAD_LANG", "NRS_REPORT_BAD_DATE"]);
  });
  it("a garbage number in a footprint cell is refused, not printed as NaN", () => {
    const bad = { ...input, empreinte: { total: { gwp: { use: { value: "beaucoup", unit: "kgCO2e" } } } } };
    expect(() => renderBilan(bad, { generatedAt: GENERATED_AT })).toThrow(NrsError);
  });
});
