import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCloudFootprint } from "../src/cloud/cloud-footprint.js";
import { defaultFactorPack } from "../src/packs/default-factor-pack.js";
import { lookupFactor } from "../src/packs/factor-query.js";
import { expectNrsError } from "./errors.js";

const Wide = Decimal.clone({ precision: 200 });

describe("computeCloudFootprint — hand-computed (CCF method)", () => {
  it("AWS Paris, one vCPU for a year at 50 %, 1 TB SSD, memory and networking", () => {
    const r = computeCloudFootprint({
      provider: "aws",
      region: "eu-west-3",
      compute: { vcpuHours: 8760, utilisation: "0.5", embodied: "aws-m5" },
      memory: { gbHours: 1000 },
      storage: { ssdTbHours: 8760 },
      networking: { gb: 100 },
    });
    // compute: 8760 × (0.74 + 0.5 × (3.5 − 0.74)) W / 1000 = 18.5712 kWh, × PUE 1.135 = 21.078312
    expect(r.energyKWh.compute.toString()).toBe("21.078312");
    // memory: 1000 × 0.000392 = 0.392 kWh × 1.135 = 0.44492
    expect(r.energyKWh.memory.toString()).toBe("0.44492");
    // storage: 8760 TB-h × 1.2 Wh / 1000 = 10.512 kWh × 1.135 = 11.93112
    expect(r.energyKWh.storage.toString()).toBe("11.93112");
    // networking: 100 × 0.001 = 0.1 kWh × 1.135 = 0.1135
    expect(r.energyKWh.networking.toString()).toBe("0.1135");
    expect(r.energyKWh.total.toString()).toBe("33.567852");
    // × 0.0000511 tCO2e/kWh = 0.0511 kgCO2e/kWh
    expect(r.operationalKgCO2e.toString()).toBe("1.7153172372");
    // embodied: 1610.3792 kg × 8760 vCPU-h / (35040 h × 96 vCPU) = 4.1936958333…
    expect(r.embodiedKgCO2e?.toFixed(10)).toBe("4.1936958333");
    expect(r.impacts.gwp?.use?.value.toString()).toBe("1.7153172372");
    expect(r.impacts.gwp?.manufacturing?.value.toFixed(10)).toBe("4.1936958333");
    expect(r.impacts.energy?.use?.value.toString()).toBe("33.567852");
    // Utilisation given: no range.
    expect(r.impacts.gwp?.use?.min.equals(r.impacts.gwp.use.max)).toBe(true);
  });

  it("defaults utilisation to CCF's 50 % and spans 0–100 % in min/max", () => {
    const r = computeCloudFootprint({ provider: "gcp", region: "europe-west9", compute: { vcpuHours: 1000 } });
    // GCP: min 0.68 W, max 4.11 W, PUE 1.1, grid 0.059 kgCO2e/kWh
    // value: 1000 × (0.68 + 0.5 × 3.43) / 1000 × 1.1 = 2.6345 kWh → × 0.059 = 0.1554355 kg
    const gwp = r.impacts.gwp!.use!;
    expect(r.energyKWh.compute.toString()).toBe("2.6345");
    expect(gwp.value.toString()).toBe("0.1554355");
    expect(gwp.min.toString()).toBe(new Decimal("0.68").times("1.1").times("0.059").toString()); // 0 %
    expect(gwp.max.toString()).toBe(new Decimal("4.11").times("1.1").times("0.059").toString()); // 100 %
    const util = r.trace.values.find((v) => v.name === "compute.utilisation");
    expect(util?.origin).toBe("default");
    expect(util?.factorId).toBe("dc-ccf-gcp-cpuutil");
    // No embodied figure: the manufacturing cell is absent, and the trace says so.
    expect(r.impacts.gwp?.manufacturing).toBeUndefined();
    expect(r.embodiedKgCO2e).toBeUndefined();
    expect(r.trace.notes.length).toBe(1);
  });

  it("takes a user's grid factor and PUE for any region, and storage replication", () => {
    const r = computeCloudFootprint({
      provider: "azure",
      region: "westeurope",
      gridKgCO2ePerKWh: "0.3",
      gridSource: "my provider's report 2024",
      pue: "1.3",
      storage: { hddTbHours: 1000, replicationFactor: 3 },
    });
    // 1000 × 0.65 Wh × 3 / 1000 = 1.95 kWh × 1.3 = 2.535 kWh × 0.3 = 0.7605 kg
    expect(r.energyKWh.storage.toString()).toBe("2.535");
    expect(r.operationalKgCO2e.toString()).toBe("0.7605");
    expect(r.trace.values.find((v) => v.name === "gridKgCO2ePerKWh")?.origin).toBe("input");
  });

  it("takes a factor-pack row as grid factor (French grid for a sovereign cloud in France)", () => {
    const fr = lookupFactor(defaultFactorPack, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2025 });
    const r = computeCloudFootprint({ provider: "aws", region: "any-fr-region", gridKgCO2ePerKWh: fr, networking: { gb: 1000 } });
    // 1000 GB × 0.001 kWh × 1.135 = 1.135 kWh × 0.0461 = 0.0523235 kg
    expect(r.operationalKgCO2e.toString()).toBe("0.0523235");
    expect(r.trace.factors.map((f) => f.id)).toContain(fr.id);
  });

  it("an empty usage has zero energy in a known region (nothing used), and Azure France South shares Central's factor", () => {
    const r = computeCloudFootprint({ provider: "azure", region: "francesouth" });
    expect(r.energyKWh.total.isZero()).toBe(true);
    expect(r.trace.factors.map((f) => f.id)).toContain("dc-ccf-azure-francecentral");
  });
});

describe("computeCloudFootprint — properties", () => {
  const usage = fc.record({
    vcpuHours: fc.integer({ min: 0, max: 10_000_000 }),
    utilisation: fc.option(
      fc.integer({ min: 0, max: 100 }).map((p) => new Decimal(p).div(100)),
      { nil: undefined },
    ),
    gbHours: fc.integer({ min: 0, max: 1_000_000 }),
    ssd: fc.integer({ min: 0, max: 1_000_000 }),
    gb: fc.integer({ min: 0, max: 1_000_000 }),
    provider: fc.constantFrom(["aws", "eu-west-3"] as const, ["gcp", "europe-west9"] as const, ["azure", "francecentral"] as const),
  });

  it("parts add up to the total; min ≤ value ≤ max; more vCPU-hours never lower the footprint", () => {
    fc.assert(
      fc.property(usage, fc.integer({ min: 0, max: 1000 }), (u, extra) => {
        const input = (vh: number) => ({
          provider: u.provider[0],
          region: u.provider[1],
          compute: {
            vcpuHours: vh,
            ...(u.utilisation === undefined ? {} : { utilisation: u.utilisation }),
            embodied: { hostKgCO2e: 1500, hostVcpus: 64 },
          },
          memory: { gbHours: u.gbHours },
          storage: { ssdTbHours: u.ssd },
          networking: { gb: u.gb },
        });
        const r = computeCloudFootprint(input(u.vcpuHours));
        const e = r.energyKWh;
        expect(new Wide(e.compute).plus(e.memory).plus(e.storage).plus(e.networking).equals(e.total)).toBe(true);
        for (const cell of [r.impacts.gwp!.use!, r.impacts.energy!.use!, r.impacts.gwp!.manufacturing!]) {
          expect(cell.min.lte(cell.value) && cell.value.lte(cell.max)).toBe(true);
          expect(cell.min.isNegative()).toBe(false);
        }
        const more = computeCloudFootprint(input(u.vcpuHours + extra));
        expect(more.impacts.gwp!.use!.value.gte(r.impacts.gwp!.use!.value)).toBe(true);
        expect(more.impacts.gwp!.manufacturing!.value.gte(r.impacts.gwp!.manufacturing!.value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("computeCloudFootprint — bad input", () => {
  it("refuses an unknown region without a grid factor, naming the shipped ones", () => {
    const err = expectNrsError(() => computeCloudFootprint({ provider: "aws", region: "us-east-1" }), "NRS_UNKNOWN_REGION", ["region"]);
    expect(err.problems[0]?.message.en).toContain("eu-west-3");
    expect(err.problems[0]?.message.fr).toContain("gridKgCO2ePerKWh");
  });

  it("refuses unknown providers, negative quantities, utilisation above 1, PUE below 1, NaN and unknown fields", () => {
    expectNrsError(() => computeCloudFootprint({ provider: "ovh" as never, region: "gra" }), "NRS_INVALID_VALUE", ["provider"]);
    expectNrsError(() => computeCloudFootprint({ provider: "aws", region: "eu-west-3", compute: { vcpuHours: -1 } }), "NRS_NEGATIVE", [
      "compute",
      "vcpuHours",
    ]);
    expectNrsError(
      () => computeCloudFootprint({ provider: "aws", region: "eu-west-3", compute: { vcpuHours: 1, utilisation: 50 } }),
      "NRS_SHARE_ABOVE_ONE",
      ["compute", "utilisation"],
    );
    expectNrsError(() => computeCloudFootprint({ provider: "aws", region: "eu-west-3", pue: "0.9" }), "NRS_BELOW_ONE", ["pue"]);
    expectNrsError(
      () => computeCloudFootprint({ provider: "aws", region: "eu-west-3", memory: { gbHours: Number.NaN } }),
      "NRS_NOT_A_NUMBER",
      ["memory", "gbHours"],
    );
    expectNrsError(
      () => computeCloudFootprint({ provider: "aws", region: "eu-west-3", storage: { ssdTbHours: 1, replicationFactor: 0 } }),
      "NRS_NOT_POSITIVE",
      ["storage", "replicationFactor"],
    );
    expectNrsError(() => computeCloudFootprint({ provider: "aws", region: "eu-west-3", gpuHours: 3 } as never), "NRS_UNKNOWN_KEY");
    expectNrsError(() => computeCloudFootprint({ provider: "aws", region: "x", gridKgCO2ePerKWh: "-0.2" }), "NRS_NEGATIVE", [
      "gridKgCO2ePerKWh",
    ]);
    expectNrsError(() => computeCloudFootprint({ provider: "aws", region: "x", gridKgCO2ePerKWh: "abc" }), "NRS_NOT_A_NUMBER", [
      "gridKgCO2ePerKWh",
    ]);
    expectNrsError(
      () =>
        computeCloudFootprint({
          provider: "aws",
          region: "eu-west-3",
          compute: { vcpuHours: 1, embodied: { hostKgCO2e: 1000, hostVcpus: 0 } },
        }),
      "NRS_NOT_POSITIVE",
      ["compute", "embodied", "hostVcpus"],
    );
  });
});
