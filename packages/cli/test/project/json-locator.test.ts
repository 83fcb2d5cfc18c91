import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJson, offsetToPosition } from "../../src/project/json-locator.js";

describe("locateJson", () => {
  const text = '{\n  "nom": "Val",\n  "objectifs": [\n    { "code": "A1", "cibles": [] },\n    {\n      "code": "A2"\n    }\n  ]\n}\n';
  const where = locateJson(text);

  it("finds members, array items and nested members", () => {
    expect(where(["nom"])).toEqual({ line: 2, column: 10 });
    expect(where(["objectifs", 0])).toEqual({ line: 4, column: 5 });
    expect(where(["objectifs", 0, "cibles"])).toEqual({ line: 4, column: 31 });
    expect(where(["objectifs", 1, "code"])).toEqual({ line: 6, column: 15 });
  });

  it("points a missing member at the object that should hold it", () => {
    expect(where(["objectifs", 1, "indicateurs"])).toEqual({ line: 5, column: 5 });
    expect(where(["absent", 3])).toEqual({ line: 1, column: 1 });
  });

  it("keeps what it found before a syntax error and never throws", () => {
    const broken = locateJson('{\n  "a": 1,\n  "b": \n');
    expect(broken(["a"])).toEqual({ line: 2, column: 8 });
    expect(() => broken(["b"])).not.toThrow();
  });

  it("handles escapes in keys and strings, and a BOM", () => {
    const w = locateJson('\uFEFF{"a\\"b": "x\\\\", "c": [1, 2]}');
    expect(w(["c", 1])).toEqual({ line: 1, column: 26 });
  });

  it("property: the position of every top-level member is where its value starts", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.jsonValue(), { maxKeys: 6 }), fc.boolean(), (obj, pretty) => {
        const json = JSON.stringify(obj, null, pretty ? 2 : 0);
        const locate = locateJson(json);
        for (const [k, v] of Object.entries(obj)) {
          const pos = locate([k]);
          expect(pos).toBeDefined();
          const lines = json.split("\n");
          const rest = (lines[(pos?.line ?? 1) - 1] ?? "").slice((pos?.column ?? 1) - 1);
          const first = JSON.stringify(v, null, pretty ? 2 : 0).split("\n")[0] ?? "";
          expect(rest.startsWith(first)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("offsetToPosition", () => {
  it("counts lines and columns from 1", () => {
    expect(offsetToPosition("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(offsetToPosition("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
