import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultFactorPack } from "../src/packs/default-factor-pack.js";
import { defineFactorPack } from "../src/packs/define-factor-pack.js";
import { computeNetworkFootprint } from "../src/network/network-footprint.js";
import { expectNrsError } from "./errors.js";

const Wide = Decimal.clone({ precision: 200 });

// A frozen test pack: the French NegaOctet/ADEME figures of factors.csv (gCO2e/GB, written here in the
// units a pack may use), a later mobile row to test year selection, and a multi-criteria row.
const pack = defineFactorPack({
  id: "test-network",
  version: "1.0.0",
  title: { fr: "Jeu de test réseaux", en: "Network test pack" },
  rows: [
    {
      id: "fixe",
      item: "reseau_fixe_FR",
      criterion: "gwp",
      stage: "use",
      value: "0.00926934695867389",
      unit: "kgCO2e/GB",
      source: "ADEME (NegaOctet)",
      year: 2022,
      geography: "FR",
      licence: "ADEME",
    },
    {
      id: "mobile-2022",
      item: "reseau_mobile_FR",
      criterion: "gwp",
      stage: "use",
      value: "24.6836791969497",
      min: "20",
      max: "30",
      unit: "gCO2e/GB",
      source: "ADEME (NegaOctet)",
      year: 2022,
      geography: "FR",
      licence: "ADEME",
    },
    {
      id: "mobile-2024",
      item: "reseau_mobile_FR",
      criterion: "gwp",
      stage: "use",
      value: "30",
      unit: "gCO2e/GB",
      source: "test",
      year: 2024,
      geography: "FR",
      licence: "test",
    },
    {
      id: "fixe-eu-gwp",
      item: "reseau_fixe_EU",
      criterion: "gwp",
      stage: "use",
      value: "30.8081869990301",
      unit: "gCO2e/GB",
      source: "ADEME (NegaOctet)",
      year: 2022,
      geography: "EU",
      licence: "ADEME",
    },
    {
      id: "fixe-eu-adpe",
      item: "reseau_fixe_EU",
      criterion: "adpe",
      stage: "manufacturing",
      value: "0.000001",
      unit: "kgSbEq/TB",
      source: "test",
      year: 2022,
      geography: "EU",
      licence: "test",
    },
    {
      id: "fixe-eu-pue",
      item: "reseau_fixe_EU",
      criterion: "ratio",
      value: "0.5",
      unit: "ratio",
      source: "test",
      year: 2022,
      geography: "EU",
      licence: "test",
    },
  ],
});

describe("computeNetworkFootprint — hand-computed", () => {
  it("French fixed: 1000 GB × 9.26934695867389 gCO2e/GB = 9.26934695867389 kgCO2e", () => {
    const r = computeNetworkFootprint({ pack, flows: [{ network: "fixed-FR", volume: 1000 }] });
    expect(r.impacts.gwp?.use?.value.toString()).toBe("9.26934695867389");
    expect(r.trace.factors.map((f) => f.id)).toEqual(["fixe"]);
    expect(r.trace.values.find((v) => v.name === "flows.0.unit")?.origin).toBe("default");
  });

  it("French mobile in MB, with the factor's range, and the most recent factor up to the year asked", () => {
    const r = computeNetworkFootprint({ pack, year: 2023, flows: [{ network: "mobile-FR", volume: 500, unit: "MB" }] });
    // 0.5 GB × 24.6836791969497 g = 12.34183959847485 g
    const cell = r.impacts.gwp!.use!;
    expect(cell.value.toString()).toBe("0.01234183959847485");
    expect(cell.min.toString()).toBe("0.01");
    expect(cell.max.toString()).toBe("0.015");
    expect(computeNetworkFootprint({ pack, flows: [{ network: "mobile-FR", volume: 1 }] }).impacts.gwp?.use?.value.toString()).toBe("0.03");
  });

  it("reads every criterion and stage the pack gives, converting units (kgSbEq per TB)", () => {
    const r = computeNetworkFootprint({ pack, flows: [{ network: "fixed-EU", volume: 2, unit: "TB" }] });
    // 2 TB = 2000 GB × 30.8081869990301 g = 61 616.37… g
    expect(r.impacts.gwp?.use?.value.toString()).toBe("61.6163739980602");
    expect(r.impacts.adpe?.manufacturing?.value.toString()).toBe("0.000002");
    expect(r.impacts.water).toBeUndefined(); // absent, not zero
  });

  it("accepts any pack item as a network and sums flows exactly", () => {
    const r = computeNetworkFootprint({
      pack,
      flows: [
        { network: "fixed-FR", volume: "123.456", label: "visio" },
        { network: "reseau_fixe_FR", volume: 1, unit: "TB" },
        { network: "mobile-FR", volume: 0 },
      ],
    });
    expect(r.flows).toHaveLength(3);
    const sum = r.flows.reduce((a, f) => a.plus(f.impacts.gwp!.use!.value), new Wide(0));
    expect(sum.equals(r.impacts.gwp!.use!.value)).toBe(true);
    expect(r.flows[0]?.trace.values[0]?.subject).toBe("visio");
  });
});

describe("computeNetworkFootprint — with the default French pack", () => {
  it("reads the French fixed, fixed without box and mobile rows of factors.csv (9.27 / 2.59 / 24.68 gCO2e/GB)", () => {
    const r = computeNetworkFootprint({
      pack: defaultFactorPack,
      flows: [
        { network: "fixed-FR", volume: 1 },
        { network: "fixed-FR-excl-box", volume: 1 },
        { network: "mobile-FR", volume: 1 },
      ],
    });
    expect(r.flows.map((f) => f.impacts.gwp?.use?.value.toString())).toEqual(["0.00926934695867389", "0.00259", "0.0246836791969497"]);
    expect(r.trace.factors.map((f) => f.id)).toEqual([
      "net-ademe-negaoctet-fixe-fr",
      "net-ademe-negaoctet-fixe-fr-hors-box",
      "net-ademe-negaoctet-mobile-fr",
    ]);
  });
});

describe("computeNetworkFootprint — properties", () => {
  it("total = sum of flows, min ≤ value ≤ max, monotonic in volume", () => {
    const flow = fc.record({
      network: fc.constantFrom("fixed-FR", "mobile-FR", "fixed-EU"),
      volume: fc.integer({ min: 0, max: 1e12 }),
      unit: fc.constantFrom("B" as const, "kB" as const, "MB" as const, "GB" as const, "TB" as const),
    });
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 1000 }), (flows, extra) => {
        const r = computeNetworkFootprint({ pack, flows });
        const total = r.impacts.gwp!.use!;
        const sum = r.flows.reduce((a, f) => a.plus(f.impacts.gwp!.use!.value), new Wide(0));
        expect(sum.equals(total.value)).toBe(true);
        expect(total.min.lte(total.value) && total.value.lte(total.max)).toBe(true);
        const bigger = computeNetworkFootprint({ pack, flows: flows.map((f, i) => (i === 0 ? { ...f, volume: f.volume + extra } : f)) });
        expect(bigger.impacts.gwp!.use!.value.gt(total.value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("computeNetworkFootprint — bad input", () => {
  it("names the network and pack when no per-volume factor exists", () => {
    const err = expectNrsError(
      () => computeNetworkFootprint({ pack, flows: [{ network: "mobile-EU", volume: 1 }] }),
      "NRS_FACTOR_NOT_FOUND",
      ["flows", 0, "network"],
    );
    expect(err.problems[0]?.message.en).toContain("reseau_mobile_EU");
    expect(err.problems[0]?.message.en).toContain("test-network@1.0.0");
    expectNrsError(
      () => computeNetworkFootprint({ pack, year: 2010, flows: [{ network: "fixed-FR", volume: 1 }] }),
      "NRS_FACTOR_NOT_FOUND",
    );
  });

  it("refuses negative or non-numeric volumes, unknown units, a missing pack", () => {
    expectNrsError(() => computeNetworkFootprint({ pack, flows: [{ network: "fixed-FR", volume: -1 }] }), "NRS_NEGATIVE", [
      "flows",
      0,
      "volume",
    ]);
    expectNrsError(() => computeNetworkFootprint({ pack, flows: [{ network: "fixed-FR", volume: "1,5" }] }), "NRS_INVALID_FORMAT", [
      "flows",
      0,
      "volume",
    ]);
    expectNrsError(
      () => computeNetworkFootprint({ pack, flows: [{ network: "fixed-FR", volume: 1, unit: "PB" as never }] }),
      "NRS_INVALID_VALUE",
      ["flows", 0, "unit"],
    );
    expectNrsError(() => computeNetworkFootprint({ pack: undefined as never, flows: [] }), "NRS_PACK_MISSING", ["pack"]);
  });
});
