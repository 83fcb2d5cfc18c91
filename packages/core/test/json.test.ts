import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { toJson, toJsonValue } from "../src/json.js";
import { formatPath, formatProblem } from "../src/format-problem.js";

describe("toJson", () => {
  it("writes decimals as strings with sorted keys", () => {
    expect(toJson({ b: new Decimal("0.10"), a: [1, new Decimal("1e-30")], c: undefined }, 0)).toBe('{"a":[1,"1e-30"],"b":"0.1"}');
  });
  it("refuses non-finite numbers rather than writing null", () => {
    expect(() => toJsonValue({ x: Number.NaN })).toThrow(/non-finite/);
  });
});

describe("formatProblem", () => {
  const p = {
    code: "NRS_REQUIRED",
    severity: "error" as const,
    path: ["lignes", 3, "type"],
    file: "inventaire.csv",
    line: 5,
    column: 2,
    message: { fr: "Champ obligatoire manquant.", en: "Required field is missing." },
    ref: "CGCT D. 2311-15-1",
  };
  it("writes file:line:column, code, message, path and reference", () => {
    expect(formatProblem(p, "fr")).toBe(
      "inventaire.csv:5:2 erreur NRS_REQUIRED Champ obligatoire manquant. (lignes[3].type) [CGCT D. 2311-15-1]",
    );
    expect(formatProblem({ ...p, file: undefined, ref: undefined, path: [] } as never, "en")).toBe(
      "5:2 error NRS_REQUIRED Required field is missing.",
    );
  });
  it("formats paths", () => {
    expect(formatPath([0, "a", 1])).toBe("[0].a[1]");
  });
});
