// The worked example of docs/contributing.md, "Add a device type": one entry in the registry
// DEVICE_TYPES (src/devices/device-types.ts), plus the type's rows in a factor pack. Here the rows are
// already in the default pack (the generator reads ADEME's connected speaker, item
// `enceinte_connectee`), so the registry entry alone makes inventories read and compute the type: the
// reader, its error text, INVENTORY_TYPES and the calculators all derive from the registry.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DeviceTypeDefinition } from "../src/devices/device-types.js";

const SPEAKER: DeviceTypeDefinition = {
  code: "enceinte_connectee",
  aliases: { fr: ["enceinte"], en: ["smart_speaker", "connected_speaker"] },
  label: { fr: "Enceinte connectée", en: "Connected speaker" },
  kind: "peripheral",
  factors: ["manufacturing", "distribution", "endOfLife", "lifetime", "power", "hoursPerDay"],
};
const CSV = "type;quantite\nSmart speaker;4\necran;1\n";

/** A fresh copy of the package, with the registry as it is or with one more entry. */
async function footprint(extra?: DeviceTypeDefinition): Promise<typeof import("../src/index.js")> {
  vi.resetModules();
  if (extra !== undefined) {
    vi.doMock("../src/devices/device-types.js", async (original) => {
      const real = await original<typeof import("../src/devices/device-types.js")>();
      return { ...real, DEVICE_TYPES: [...real.DEVICE_TYPES, extra] };
    });
  }
  return import("../src/index.js");
}

afterEach(() => {
  vi.doUnmock("../src/devices/device-types.js");
});

describe("adding a device type is one registry entry plus its factor-pack rows", () => {
  it("before the entry: the type is refused by the reader", async () => {
    const fp = await footprint();
    const r = await fp.computeInventoryFootprint(CSV, { reportingYear: 2024 });
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([["NRS_INVENTORY_UNKNOWN_TYPE", 2]]);
    expect(fp.INVENTORY_TYPES.some((t) => t.code === SPEAKER.code)).toBe(false);
  });

  it("after the entry: read under its aliases, listed, and computed from the pack's rows", async () => {
    const fp = await footprint(SPEAKER);
    expect(fp.resolveInventoryType("Enceinte")?.label.en).toBe("Connected speaker");
    expect(fp.INVENTORY_TYPES.at(-1)?.code).toBe(SPEAKER.code);
    const bad = await fp.parseInventoryCsv("type;quantite\ngrille-pain;1\n");
    expect(bad.problems[0]?.message.en).toContain(", chargeur_smartphone, enceinte_connectee. ");

    const r = await fp.computeInventoryFootprint(CSV, { reportingYear: 2024 });
    expect(r.ok).toBe(true);
    expect(Object.keys(r.byType)).toEqual(["ecran", SPEAKER.code]);
    // The pack's rows for the item, read here (not copied): 4 speakers, a year within their lifetime.
    const pack = fp.defaultFactorPack;
    const row = (q: Parameters<typeof fp.lookupFactor>[1]) => fp.lookupFactor(pack, q).value;
    const item = SPEAKER.code;
    const lifetime = row({ item, criterion: "lifetime" });
    const speaker = r.byType[item];
    expect(speaker?.gwp?.manufacturing?.value.toString()).toBe(
      row({ item, criterion: "gwp", stage: "manufacturing" }).times(4).div(lifetime).toString(),
    );
    const kwh = row({ item, criterion: "power" })
      .times(row({ item, criterion: "hoursPerDay" }))
      .times(365)
      .div(1000)
      .times(4);
    expect(speaker?.energy?.use?.value.toString()).toBe(kwh.toString());
  });
});
