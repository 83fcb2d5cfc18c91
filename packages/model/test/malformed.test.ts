import { describe, expect, it } from "vitest";
import { parseBilan, parseCollectivite, parseProgramme, parseStrategy } from "../src/index.js";
import { MALFORMED_COLLECTIVITE } from "./helpers/malformed-collectivite.js";
import { BASE, type Bad } from "./helpers/malformed-json.js";
import { MALFORMED_PROGRAMME } from "./helpers/malformed-programme.js";
import { MALFORMED_STRATEGIE_BILAN } from "./helpers/malformed-strategie-bilan.js";

const PARSERS = { collectivite: parseCollectivite, programme: parseProgramme, strategie: parseStrategy, bilan: parseBilan };
const CORPUS: Bad[] = [...MALFORMED_COLLECTIVITE, ...MALFORMED_PROGRAMME, ...MALFORMED_STRATEGIE_BILAN];

describe("malformed documents", () => {
  it("the corpus has at least 50 documents", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CORPUS)("%s: %s → %s", (kind, _what, make, code, path) => {
    let doc: unknown;
    if (typeof make === "function") {
      const base = BASE[kind]();
      const returned = make(base);
      doc = returned === undefined ? base : returned;
    } else {
      doc = make.whole;
    }
    const r = PARSERS[kind](doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hit = r.errors.find((e) => e.code === code && JSON.stringify(e.path) === JSON.stringify(path));
    expect(hit, JSON.stringify(r.errors.map((e) => [e.code, e.path]))).toBeDefined();
    for (const e of r.errors) {
      expect(e.severity).toBe("error");
      expect(e.message.fr.length).toBeGreaterThan(0);
      expect(e.message.en.length).toBeGreaterThan(0);
    }
  });
});
