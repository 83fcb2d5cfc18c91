import { NrsError } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { renderBilan, renderStrategy } from "../src/index.js";
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
  it("unparsed, broken documents", () => {
    const p = problemsOf(() =>
      renderBilan(
        { ...input, collectivite: { ...input.collectivite, siren: "123" }, bilan: { ...input.bilan, annee: "deux mille" } } as never,
        { generatedAt: GENERATED_AT },
      ),
    );
    expect(p.map((x) => x.path.join("."))).toEqual(expect.arrayContaining(["collectivite.siren", "bilan.annee"]));
    for (const x of p) expect(x.message.fr.length > 0 && x.message.en.length > 0).toBe(true);
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
