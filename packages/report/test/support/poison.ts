import { parseBilan, parseCollectivite, parseProgramme, parseStrategy } from "@nrs/model";
import type { Problem } from "@nrs/core";
import type { BilanReportInput, FactorCitation, FootprintReport } from "../../src/index.js";
import { FIXTURE, loadFixture } from "./fixture.js";
import { readFileSync } from "node:fs";

// Keys whose values are free text in the inputs (not codes, identifiers, enums, dates or numbers).
const FREE_TEXT = new Set([
  "nom",
  "libelle",
  "fr",
  "en",
  "role",
  "synthese",
  "methode",
  "source",
  "description",
  "commentaire",
  "commentaires",
  "porteur",
  "deliberation",
  "instance",
  "unite",
  "autres",
  "siteWeb",
  "provenance",
  "sourceUrl",
  "licence",
  "ref",
  "pack",
  "packVersion",
  "unit",
  "id",
  "criterion",
]);
// Keys inside model documents that look free but are validated as identifiers or enums.
const NOT_FREE_IN_MODEL = new Set(["id", "criterion", "pack", "packVersion", "unit"]);

function poisonValue(v: unknown, payload: string, key: string | undefined, model: boolean): unknown {
  if (typeof v === "string") {
    return key !== undefined && FREE_TEXT.has(key) && !(model && NOT_FREE_IN_MODEL.has(key)) ? payload : v;
  }
  if (Array.isArray(v)) return v.map((x) => poisonValue(x, payload, key, model));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poisonValue(x, payload, k, model)]));
  }
  return v;
}

const read = (name: string): unknown => JSON.parse(readFileSync(FIXTURE + "in/" + name, "utf8"));

/** The fixture with `payload` in every free-text field (model documents are re-validated by @nrs/model). */
export function poisonedInput(payload: string): BilanReportInput {
  const model = <T>(name: string, parse: (x: unknown) => { ok: true; value: T } | { ok: false; errors: unknown }): T => {
    const r = parse(poisonValue(read(name), payload, undefined, true));
    if (!r.ok) throw new Error(`${name} rejected the payload: ${JSON.stringify(r.errors).slice(0, 300)}`);
    return r.value;
  };
  return {
    collectivite: model("collectivite.json", parseCollectivite),
    programme: model("programme-de-travail.json", parseProgramme),
    strategie: model("strategie.json", parseStrategy),
    bilan: model("bilan-2025.json", parseBilan),
    resultats: loadFixture().resultats,
    indicateurs: loadFixture().indicateurs,
    empreinte: poisonValue(read("empreinte.json"), payload, undefined, false) as FootprintReport,
    facteurs: poisonValue(read("facteurs.json"), payload, undefined, false) as FactorCitation[],
    constats: poisonValue(read("constats.json"), payload, undefined, false) as Problem[],
  };
}
