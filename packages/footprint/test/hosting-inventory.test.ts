import { readFileSync } from "node:fs";
import { NrsError } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { computeHostingInventoryFootprint } from "../src/hosting/compute-hosting-inventory-footprint.js";
import { computeCloudFootprint } from "../src/cloud/cloud-footprint.js";
import { computeHostingFootprint } from "../src/hosting/hosting-footprint.js";
import { sumImpacts } from "../src/impact/impact-arithmetic.js";
import { parseHostingInventory } from "../src/hosting/parse-hosting-inventory.js";

const example = (year: number): unknown =>
  JSON.parse(readFileSync(new URL(`../../../examples/val-de-fictive/donnees/${year}/hebergement.json`, import.meta.url), "utf8"));

describe("hosting inventory", () => {
  it("reads and computes the Val-de-Fictive hosting files; the total is the sum of the parts and of the entities", () => {
    for (const year of [2024, 2025]) {
      const inv = parseHostingInventory(example(year));
      if (!inv.ok) throw new Error(JSON.stringify(inv.errors));
      expect(inv.value.year).toBe(year);
      const r = computeHostingInventoryFootprint(inv.value, { year });
      expect(r.parts.length).toBe(inv.value.servers.length + inv.value.contracts.length + inv.value.cloud.length);
      expect(sumImpacts(r.parts.map((p) => p.result.impacts))).toEqual(r.impacts);
      expect(sumImpacts(Object.values(r.byEntity))).toEqual(r.impacts);
      expect(r.impacts.gwp?.use?.value.gt(0)).toBe(true);
    }
  });

  it("gives each part what the underlying calculator gives", () => {
    const inv = parseHostingInventory({
      serveurs: [
        {
          identifiant: "S",
          quantite: 2,
          date_acquisition: "2021-05-03",
          duree_vie_annees: "6",
          consommation_kwh_an: "5000",
          pue: "1.7",
          entite: "epci",
        },
      ],
      contrats: [{ identifiant: "C", consommation_kwh_an: "12000", pue: "1.4" }],
      cloud: [{ fournisseur: "gcp", region: "europe-west9", vcpu_heures: "8760", utilisation: "0.4" }],
    });
    if (!inv.ok) throw new Error("unexpected");
    const r = computeHostingInventoryFootprint(inv.value, { year: 2024 });
    const server = computeHostingFootprint({
      year: 2024,
      servers: [
        {
          name: "S",
          quantity: 2,
          acquisitionDate: "2021-05-03",
          lifetimeYears: "6",
          pue: "1.7",
          use: { kwhPerYear: "5000", per: "group" },
        },
      ],
    });
    const contract = computeHostingFootprint({ year: 2024, contracts: [{ name: "C", kwhPerYear: "12000", pue: "1.4" }] });
    const cloud = computeCloudFootprint({ provider: "gcp", region: "europe-west9", compute: { vcpuHours: "8760", utilisation: "0.4" } });
    expect(r.parts.map((p) => p.result.impacts)).toEqual([server.impacts, contract.impacts, cloud.impacts]);
    expect(r.parts.map((p) => p.entity)).toEqual(["epci", "", ""]);
  });

  it("leaves out a contract whose dates miss the year, and says so", () => {
    const inv = parseHostingInventory({
      contrats: [{ identifiant: "OLD", consommation_kwh_an: 100, date_debut: "2020-01-01", date_fin: "2023-06-30" }],
    });
    if (!inv.ok) throw new Error("unexpected");
    const r = computeHostingInventoryFootprint(inv.value, { year: 2024 });
    expect([r.parts.length, r.skipped]).toEqual([0, ["OLD"]]);
  });

  it("gathers every calculation problem with the path of its line", () => {
    const inv = parseHostingInventory({
      serveurs: [{ quantite: 1, localisation: "XX" }],
      contrats: [{ consommation_kwh_an: 10, localisation: "ZZ" }],
      cloud: [{ fournisseur: "aws", region: "mars-1", vcpu_heures: 10 }],
    });
    if (!inv.ok) throw new Error("unexpected");
    let caught: unknown;
    try {
      computeHostingInventoryFootprint(inv.value, { year: 2024 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NrsError);
    const paths = (caught as NrsError).problems.map((p) => p.path.slice(0, 2));
    expect(paths).toContainEqual(["serveurs", 0]);
    expect(paths).toContainEqual(["contrats", 0]);
    expect(paths).toContainEqual(["cloud", 0]);
  });

  it.each([
    ["negative quantity", { serveurs: [{ quantite: -1 }] }, ["serveurs", 0, "quantite"]],
    ["fractional quantity", { serveurs: [{ quantite: 1.5 }] }, ["serveurs", 0, "quantite"]],
    ["PUE below 1", { serveurs: [{ quantite: 1, pue: "0.9" }] }, ["serveurs", 0, "pue"]],
    [
      "dates in the wrong order",
      { serveurs: [{ quantite: 1, date_acquisition: "2022-01-01", date_sortie: "2021-01-01" }] },
      ["serveurs", 0],
    ],
    ["impossible date", { serveurs: [{ quantite: 1, date_acquisition: "2022-02-30" }] }, ["serveurs", 0, "date_acquisition"]],
    ["contract without kWh", { contrats: [{ pue: "1.3" }] }, ["contrats", 0, "consommation_kwh_an"]],
    ["negative kWh", { contrats: [{ consommation_kwh_an: "-5" }] }, ["contrats", 0, "consommation_kwh_an"]],
    ["text kWh", { contrats: [{ consommation_kwh_an: "beaucoup" }] }, ["contrats", 0, "consommation_kwh_an"]],
    ["unknown provider", { cloud: [{ fournisseur: "ovh", region: "gra", vcpu_heures: 1 }] }, ["cloud", 0, "fournisseur"]],
    [
      "utilisation above 1",
      { cloud: [{ fournisseur: "aws", region: "eu-west-3", vcpu_heures: 1, utilisation: 2 }] },
      ["cloud", 0, "utilisation"],
    ],
    ["cloud line without usage", { cloud: [{ fournisseur: "aws", region: "eu-west-3" }] }, ["cloud", 0]],
    ["unknown key", { serveurs: [{ quantite: 1, couleur: "noir" }] }, ["serveurs", 0]],
    ["not an object", "hebergement", []],
  ])("refuses %s", (_name, input, path) => {
    const r = parseHostingInventory(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((p) => JSON.stringify(p.path.slice(0, path.length)) === JSON.stringify(path))).toBe(true);
    for (const p of r.errors) expect(p.message.fr.length * p.message.en.length).toBeGreaterThan(0);
  });
});
