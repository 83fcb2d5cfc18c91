import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "../../src/command-line/suggest.js";

describe("closestName", () => {
  it("counts a transposition as one edit", () => {
    expect(editDistance("yaer", "year")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("finds a close name or an abbreviation, and nothing for a far one", () => {
    expect(closestName("fotprint", ["footprint", "format"])).toBe("footprint");
    expect(closestName("form", ["format", "force"])).toBe("format");
    expect(closestName("x", ["year", "out"])).toBeUndefined();
    expect(closestName("colour", ["year", "out", "format"])).toBeUndefined();
  });
});
