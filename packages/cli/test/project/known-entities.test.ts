import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCollectivite, type Collectivite } from "@nrs/model";
import { describe, expect, it } from "vitest";
import { buyerEntities, knownEntities } from "../../src/project/known-entities.js";

function parsed(input: unknown): Collectivite {
  const r = parseCollectivite(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe("knownEntities", () => {
  it("an EPCI: epci then its member communes' INSEE codes", () => {
    const example = parsed(
      JSON.parse(readFileSync(join(import.meta.dirname, "../../../../examples/val-de-fictive/collectivite.json"), "utf8")),
    );
    const known = knownEntities(example);
    expect(known?.slice(0, 3)).toEqual(["epci", "26901", "26902"]);
    // 12 member communes, then the linked CCAS and the shared DSI of collectivite.json.
    expect(known).toHaveLength(15);
    expect(known?.slice(13)).toEqual(["ccas-fictive-sur-val", "dsi-mutualisee"]);
  });

  it("a commune: epci (the collectivité itself, as an empty cell) and its own INSEE code", () => {
    const commune = parsed({
      type: "COMMUNE",
      nom: "Fictiville",
      siren: "732829320",
      codeInsee: "26901",
      population: { valeur: 60000, type: "totale", millesime: 2021 },
    });
    expect(knownEntities(commune)).toEqual(["epci", "26901"]);
  });

  it("no collectivite.json: nothing to check against", () => {
    expect(knownEntities(undefined)).toBeUndefined();
  });
});

describe("buyerEntities", () => {
  it("an EPCI: epci only (its member communes declare under their own SIRET)", () => {
    const example = parsed(
      JSON.parse(readFileSync(join(import.meta.dirname, "../../../../examples/val-de-fictive/collectivite.json"), "utf8")),
    );
    expect(buyerEntities(example)).toEqual(["epci"]);
  });

  it("a commune: epci and its own INSEE code, both of which knownEntities accepts for it", () => {
    const commune = parsed({
      type: "COMMUNE",
      nom: "Fictiville",
      siren: "732829320",
      codeInsee: "26901",
      population: { valeur: 60000, type: "totale", millesime: 2021 },
    });
    expect(buyerEntities(commune)).toEqual(["epci", "26901"]);
    expect(buyerEntities(commune).every((e) => knownEntities(commune)?.includes(e))).toBe(true);
  });
});
