import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toJson } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { checkBilan, checkProgramme, checkStrategy, obligations, type ObligationsOptions } from "../src/index.js";
import { asBilan, asCollectivite, asProgramme, asStrategie } from "./helpers/parsed.js";

// Golden files: test/fixtures/<case>/in → out/result.json. REGEN=1 rewrites the outputs; otherwise
// they are compared, so any change of a code, path, severity, message or reference shows in review.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const read = (c: string, f: string): unknown => JSON.parse(readFileSync(join(ROOT, c, "in", f), "utf8"));

const CASES: Record<string, () => unknown> = {
  "strategie-incomplete": () => checkStrategy(asStrategie(read("strategie-incomplete", "strategie.json"))),
  "programme-minimal": () => checkProgramme(asProgramme(read("programme-minimal", "programme-de-travail.json"))),
  "bilan-incomplet": () =>
    checkBilan(asBilan(read("bilan-incomplet", "bilan.json")), { strategie: asStrategie(read("bilan-incomplet", "strategie.json")) }),
  "obligations-ville-2025": () =>
    obligations(asCollectivite(read("obligations-ville-2025", "collectivite.json")), read("obligations-ville-2025", "options.json") as ObligationsOptions),
};

describe("golden files", () => {
  for (const [name, run] of Object.entries(CASES)) {
    it(name, () => {
      const actual = `${toJson(run())}\n`;
      const file = join(ROOT, name, "out", "result.json");
      if (process.env.REGEN === "1" || !existsSync(file)) {
        if (process.env.CI && !existsSync(file)) throw new Error(`missing golden file ${file}`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, "utf8"));
    });
  }
});
