import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCollectivite, type Collectivite } from "@nrs/model";
import { describe, expect, it } from "vitest";
import { knownEntities } from "../../src/project/known-entities.js";

function parsed(input: unknown): Collectivite {
  const r = parseCollectivite(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe("knownEntities", () => {
  it("an EPCI: epci then its member communes' INSEE codes", () => {
    const example = parsed(JSON.parse(readFileSync(join(import.meta.dirname, "../../../../examples/val-de-fictive/collectivite.json"), "utf8")));
    const known = knownEntities(example);
    expect(known?.slice(0, 3)).toEqual(["epci", "26901", "26902"]);
    expect(known).toHaveLength(13);
  });

  it("a commune: epci (the collectivité itself, as an empty cell) and its own INSEE code", () => {
    const commune = parsed({ type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901", population: { valeur: 60000, type: "totale", millesime: 2021 } });
    expect(knownEntities(commune)).toEqual(["epci", "26901"]);
  });

  it("no collectivite.json: nothing to check against", () => {
    expect(knownEntities(undefined)).toBeUndefined();
  });
});
