import { describe, expect, it } from "vitest";
import { NrsError, type Problem } from "../src/index.js";

const problem = (i: number, extra: Partial<Problem> = {}): Problem => ({
  code: `NRS_TEST_${i}`,
  severity: "error",
  path: ["items", i, "quantity"],
  message: { fr: `Problème ${i}.`, en: `Problem ${i}.` },
  ...extra,
});

describe("NrsError.message", () => {
  it("lists every problem with its path, one per line", () => {
    const e = new NrsError([problem(0), problem(1, { path: [], file: "inventaire.csv", line: 3, column: 7 })]);
    expect(e.message.split("\n")).toEqual([
      "NRS_TEST_0: Problem 0. (at items[0].quantity)",
      "NRS_TEST_1: Problem 1. (at inventaire.csv:3:7)",
    ]);
    expect(e.code).toBe("NRS_TEST_0");
  });

  it("is bounded: ten problems spelled out, the rest counted, all kept in .problems", () => {
    const e = new NrsError(Array.from({ length: 25 }, (_, i) => problem(i)));
    const lines = e.message.split("\n");
    expect(lines).toHaveLength(11);
    expect(lines[9]).toBe("NRS_TEST_9: Problem 9. (at items[9].quantity)");
    expect(lines[10]).toBe("… and 15 more problems (see .problems)");
    expect(e.problems).toHaveLength(25);
  });
});
