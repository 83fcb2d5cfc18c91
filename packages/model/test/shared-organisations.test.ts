import { describe, expect, it } from "vitest";
import { allocationKeys, parseCollectivite, type CollectiviteInput } from "@nrs/model";

const base: CollectiviteInput = {
  type: "COMMUNE",
  nom: "Fictiville",
  siren: "732829320",
  codeInsee: "26901",
  agentsEtp: "800",
  population: { valeur: 60000, type: "totale", millesime: 2021 },
  entitesLiees: [
    { code: "ccas", nom: "CCAS de Fictiville", type: "CCAS", siren: "212345672", agentsEtp: "120" },
    {
      code: "metropole",
      nom: "Fictive Métropole",
      type: "EPCI",
      siren: "299901017",
      population: { valeur: 240000, type: "totale", millesime: 2021 },
    },
  ],
};
const problems = (input: CollectiviteInput) => {
  const r = parseCollectivite(input);
  return r.ok ? [] : r.errors.map((e) => [e.code, e.path.join("."), e.message.en]);
};

describe("collectivite.json: linked entities and shared services", () => {
  it("accepts a CCAS, a métropole and services keyed by agents, population or shares", () => {
    const r = parseCollectivite({
      ...base,
      servicesPartages: [
        { code: "dsi", nom: "DSI", entites: ["epci", "ccas"], cle: "agents" },
        { code: "sig", nom: "SIG", entites: ["epci", "metropole"], cle: "population" },
        {
          code: "dc",
          nom: "Salle serveurs",
          entites: ["epci", "ccas", "metropole"],
          cle: "parts",
          parts: { epci: "0.5", ccas: "0.125", metropole: "0.375" },
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const keys = r.value.servicesPartages!.map((s) => allocationKeys(r.value, s));
    expect(keys.map((k) => k.ok && k.value)).toEqual([
      { basis: "agents", keys: { epci: "800", ccas: "120" } },
      { basis: "population", keys: { epci: "60000", metropole: "240000" } },
      { basis: "custom", keys: { epci: "0.5", ccas: "0.125", metropole: "0.375" } },
    ]);
  });

  it("shares that do not add up to exactly 1 are refused at their path", () => {
    expect(
      problems({
        ...base,
        servicesPartages: [{ code: "dc", nom: "DC", entites: ["epci", "ccas"], cle: "parts", parts: { epci: "0.7", ccas: "0.2" } }],
      }),
    ).toEqual([["NRS_SHARES_NOT_ONE", "servicesPartages.0.parts", "The shares add up to 0.9 instead of exactly 1."]]);
    // 1/3 written with decimals never adds up to 1 exactly: it is refused rather than rounded.
    expect(
      problems({
        ...base,
        servicesPartages: [
          {
            code: "dc",
            nom: "DC",
            entites: ["epci", "ccas", "metropole"],
            cle: "parts",
            parts: { epci: "0.3333", ccas: "0.3333", metropole: "0.3333" },
          },
        ],
      })[0]?.[0],
    ).toBe("NRS_SHARES_NOT_ONE");
    expect(
      problems({
        ...base,
        servicesPartages: [{ code: "dc", nom: "DC", entites: ["epci", "ccas"], cle: "parts", parts: { epci: "1" } }],
      })[0]?.slice(0, 2),
    ).toEqual(["NRS_SHARES_ENTITIES", "servicesPartages.0.parts"]);
  });

  it("an entity used but not declared is refused with what to add", () => {
    const p = problems({ ...base, servicesPartages: [{ code: "dsi", nom: "DSI", entites: ["epci", "cias"], cle: "agents" }] });
    expect(p[0]?.slice(0, 2)).toEqual(["NRS_UNDECLARED_ENTITY", "servicesPartages.0.entites.1"]);
    expect(p[0]?.[2]).toContain("entitesLiees");
  });

  it("a key with no data for an entity is refused (agents of the métropole unknown)", () => {
    expect(problems({ ...base, servicesPartages: [{ code: "dsi", nom: "DSI", entites: ["epci", "metropole"], cle: "agents" }] })).toEqual([
      [
        "NRS_ALLOCATION_KEY_NO_DATA",
        "servicesPartages.0.cle",
        'Key "agents" needs agentsEtp for every entity of the service; no figure for: metropole.',
      ],
    ]);
  });

  it("codes are unique across epci, linked entities and services", () => {
    const p = problems({ ...base, servicesPartages: [{ code: "ccas", nom: "X", entites: ["epci", "ccas"], cle: "agents" }] });
    expect(p.map((x) => x.slice(0, 2))).toEqual([["NRS_DUPLICATE_ENTITY", "servicesPartages.0.code"]]);
  });

  it("a devices key needs devices for every entity", () => {
    const r = parseCollectivite({
      ...base,
      servicesPartages: [{ code: "dsi", nom: "DSI", entites: ["epci", "ccas"], cle: "equipements" }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const s = r.value.servicesPartages![0]!;
    expect(allocationKeys(r.value, s, { epci: 900, ccas: 100 })).toEqual({
      ok: true,
      value: { basis: "devices", keys: { epci: "900", ccas: "100" } },
    });
    const bad = allocationKeys(r.value, s, { epci: 900 });
    expect(bad.ok ? [] : bad.problems.map((x) => [x.code, x.path.join(".")])).toEqual([
      ["NRS_ALLOCATION_KEY_NO_DATA", "servicesPartages.0.cle"],
    ]);
  });
});
