import { describe, expect, it } from "vitest";
import { DEVICE_TYPES, type DeviceFactorKey } from "../src/devices/device-types.js";
import { defaultFactorPack } from "../src/packs/default-factor-pack.js";
import { findFactor, type FactorQuery } from "../src/packs/factor-query.js";
import { INVENTORY_TYPES, resolveInventoryType } from "../src/inventory/inventory-vocabulary.js";
import { normalizeInventoryWord } from "../src/inventory/normalize-word.js";
import { parseInventoryCsv } from "../src/inventory/parse-inventory-csv.js";

/** The pack query of a factor key of type `item`. */
function factorQuery(item: string, key: DeviceFactorKey): FactorQuery {
  return key === "manufacturing" || key === "distribution" || key === "endOfLife"
    ? { item, criterion: "gwp", stage: key }
    : { item, criterion: key };
}

describe("the device-type registry", () => {
  it("gives every code and alias, normalised, to one type only", () => {
    const owner = new Map<string, string>();
    for (const t of DEVICE_TYPES) {
      for (const w of [t.code, ...t.aliases.fr, ...t.aliases.en]) {
        const n = normalizeInventoryWord(w);
        expect(owner.get(n) ?? t.code, `"${w}" of ${t.code}`).toBe(t.code);
        owner.set(n, t.code);
        expect(resolveInventoryType(w.toUpperCase().replace(/_/g, " "))?.code).toBe(t.code);
      }
      expect(t.label.fr.length * t.label.en.length).toBeGreaterThan(0);
    }
  });

  it("is what INVENTORY_TYPES lists, in the same order (aliases French then English)", () => {
    expect(INVENTORY_TYPES).toEqual(
      DEVICE_TYPES.map((t) => ({ code: t.code, aliases: [...t.aliases.fr, ...t.aliases.en], label: t.label, kind: t.kind })),
    );
  });

  it("is what the reader accepts, and its unknown-type message names every code, in full", async () => {
    const csv = `type;quantite\n${DEVICE_TYPES.map((t) => `${t.aliases.en[0] ?? t.code};1`).join("\n")}\ngrille-pain;1\n`;
    const r = await parseInventoryCsv(csv);
    expect(r.items.map((i) => i.type)).toEqual(DEVICE_TYPES.map((t) => t.code));
    const p = r.problems.find((x) => x.code === "NRS_INVENTORY_UNKNOWN_TYPE");
    expect(p?.line).toBe(DEVICE_TYPES.length + 2);
    for (const message of [p?.message.fr ?? "", p?.message.en ?? ""]) {
      expect(message).not.toContain("…");
      expect(message).toContain(DEVICE_TYPES.map((t) => t.code).join(", "));
    }
  });

  it("names factor keys that the default pack has for every type it covers (all but the IP desk phone, with no public factor)", () => {
    const uncovered: string[] = [];
    for (const t of DEVICE_TYPES) {
      const missing = t.factors.filter((k) => findFactor(defaultFactorPack, factorQuery(t.code, k)) === undefined);
      if (missing.length === t.factors.length) uncovered.push(t.code);
      else expect(missing, t.code).toEqual([]);
    }
    expect(uncovered).toEqual(["telephone_ip"]);
  });
});
