import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toJson } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { golden, goldenCases, inputOf } from "../../../tools/test-support/src/golden.js";
import { checkBilan, checkProgramme, checkStrategy, obligations, type ObligationsOptions } from "../src/index.js";
import { asBilan, asCollectivite, asProgramme, asStrategie } from "./helpers/parsed.js";

// Golden files: test/fixtures/<case>/in → out/result.json (the shared golden() helper). REGEN=1 rewrites
// the outputs; otherwise they are compared (a missing one fails), so any change of a code, path,
// severity, message or reference shows in review.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const read = (c: string, f: string): unknown => JSON.parse(readFileSync(inputOf(join(ROOT, c), f), "utf8"));

const CASES: Record<string, () => unknown> = {
  "strategie-incomplete": () => checkStrategy(asStrategie(read("strategie-incomplete", "strategie.json"))),
  "programme-minimal": () => checkProgramme(asProgramme(read("programme-minimal", "programme-de-travail.json"))),
  "bilan-incomplet": () =>
    checkBilan(asBilan(read("bilan-incomplet", "bilan.json")), { strategie: asStrategie(read("bilan-incomplet", "strategie.json")) }),
  "obligations-ville-2025": () =>
    obligations(
      asCollectivite(read("obligations-ville-2025", "collectivite.json")),
      read("obligations-ville-2025", "options.json") as ObligationsOptions,
    ),
};

describe("golden files", () => {
  it("runs every case of test/fixtures", () => expect(Object.keys(CASES).sort()).toEqual(goldenCases(ROOT)));
  for (const [name, run] of Object.entries(CASES)) {
    it(name, () => {
      golden(join(ROOT, name), "result.json", `${toJson(run())}\n`);
    });
  }
});
