import { describe, expect, it } from "vitest";
import { COMPLIANCE_RULES } from "../src/index.js";
import { BILAN_CASES } from "./helpers/rule-cases.js";
import { PROGRAMME_CASES } from "./helpers/rule-cases.js";
import { STRATEGY_CASES } from "./helpers/rule-cases.js";

describe("COMPLIANCE_RULES", () => {
  it("every rule has a unit test case that triggers it", () => {
    const tested = new Set([...PROGRAMME_CASES, ...STRATEGY_CASES, ...BILAN_CASES].map((c) => c[0]));
    // NRS_STRAT_BEFORE_PROGRAMME needs a programme option: it has its own test in check-strategy.test.ts.
    tested.add("NRS_STRAT_BEFORE_PROGRAMME");
    expect(Object.keys(COMPLIANCE_RULES).filter((code) => !tested.has(code))).toEqual([]);
  });

  it("every rule has a legal reference and a French and English description", () => {
    for (const [code, rule] of Object.entries(COMPLIANCE_RULES)) {
      expect(code).toMatch(/^NRS_[A-Z_]+$/);
      expect(rule.ref.length).toBeGreaterThan(5);
      expect(rule.description.fr.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
      expect(rule.description.fr).not.toBe(rule.description.en);
    }
  });

  it("late adoptions are warnings, uncovered axes are info", () => {
    expect(COMPLIANCE_RULES.NRS_PROG_LATE.severity).toBe("warning");
    expect(COMPLIANCE_RULES.NRS_STRAT_LATE.severity).toBe("warning");
    expect(COMPLIANCE_RULES.NRS_STRAT_AXIS_NOT_COVERED.severity).toBe("info");
  });
});
