import { NrsError } from "@nrs/core";
import { describe, expect, it } from "vitest";
import {
  defaultFactorPack,
  defineFactorPack,
  findFactor,
  listFactorItems,
  listFactorPacks,
  listFactors,
  lookupFactor,
  mergeFactorPacks,
  overrideFactors,
  type FactorRowInput,
} from "../src/index.js";

const base: FactorRowInput = {
  id: "grid",
  item: "electricite_FR",
  criterion: "gwp",
  stage: "use",
  value: "0.05",
  unit: "kgCO2e/kWh",
  source: "test",
  year: 2025,
  geography: "FR",
  licence: "test",
};

function codes(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof NrsError) return e.problems.map((p) => p.code);
    throw e;
  }
  return [];
}

describe("factor packs", () => {
  it("validates every row and reports all problems with their path", () => {
    const err = (() => {
      try {
        defineFactorPack({
          id: "bad",
          version: "1",
          title: { fr: "x", en: "x" },
          rows: [
            { ...base, id: "a", stage: undefined as never },
            { ...base, id: "a", year: 2024 },
            { ...base, id: "c", value: "-1" },
            { ...base, id: "d", value: 5, min: 6 },
          ],
        });
      } catch (e) {
        return e as NrsError;
      }
      throw new Error("no error");
    })();
    const found = err.problems.map((p) => `${p.code}@${p.path.join(".")}`);
    expect(found).toEqual([
      "NRS_FACTOR_STAGE_MISSING@rows.0.stage",
      "NRS_DUPLICATE_FACTOR@rows.1.id",
      "NRS_NEGATIVE@rows.2.value",
      "NRS_BAD_RANGE@rows.3.value",
    ]);
    expect(err.problems[1]?.message.fr).toContain("en double");
  });

  it("refuses malformed rows through the schema", () => {
    try {
      defineFactorPack({ id: "x", version: "1", title: { fr: "", en: "" }, rows: [{ ...base, value: "abc" }] });
      throw new Error("no error");
    } catch (e) {
      expect((e as NrsError).problems[0]?.path).toEqual(["rows", 0, "value"]);
    }
    expect(
      codes(() => defineFactorPack({ id: "x", version: "1", title: { fr: "", en: "" }, rows: [{ ...base, criterion: "co2" as never }] })),
    ).toEqual(["NRS_INVALID_VALUE"]);
    expect(codes(() => defineFactorPack({ id: "x", version: "1", title: { fr: "", en: "" }, rows: [{ ...base, year: 2025.5 }] }))).toEqual([
      "NRS_INVALID_YEAR",
    ]);
    expect(codes(() => defineFactorPack({ id: "Bad Id", version: "1", title: { fr: "", en: "" }, rows: [] }))).toEqual([
      "NRS_INVALID_FORMAT",
    ]);
    expect(codes(() => defineFactorPack({ id: "x", version: "1", title: { fr: "", en: "" }, rows: [{ ...base, source: "" }] }))).toEqual([
      "NRS_TOO_SHORT",
    ]);
    expect(
      codes(() => defineFactorPack({ id: "x", version: "1", title: { fr: "", en: "" }, rows: [{ ...base, licence: undefined as never }] })),
    ).toEqual(["NRS_REQUIRED"]);
    expect(
      codes(() => defineFactorPack({ id: "x", version: "1", title: { fr: "", en: "" }, rows: [{ ...base, stage: "usage" as never }] })),
    ).toEqual(["NRS_INVALID_VALUE"]);
    expect(codes(() => defineFactorPack({ id: "x", version: "1", rows: [] } as never))).toEqual(["NRS_REQUIRED"]);
  });

  it("looks a year up exactly, else the latest before it, and names what was asked when nothing fits", () => {
    const q = { item: "electricite_FR", criterion: "gwp", stage: "use" } as const;
    expect(lookupFactor(defaultFactorPack, { ...q, year: 2024 }).value.toString()).toBe("0.0519");
    expect(lookupFactor(defaultFactorPack, { ...q, year: 2031 }).year).toBe(2025);
    expect(lookupFactor(defaultFactorPack, q).year).toBe(2025);
    expect(findFactor(defaultFactorPack, { ...q, year: 2021 })).toBeUndefined();
    try {
      lookupFactor(defaultFactorPack, { item: "grille_pain", criterion: "gwp", stage: "manufacturing", geography: "FR" });
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(NrsError);
      const p = (e as NrsError).problems[0]!;
      expect(p.code).toBe("NRS_FACTOR_NOT_FOUND");
      expect(p.message.en).toContain("item=grille_pain");
      expect(p.message.fr).toContain("fr-ademe@1.2.0");
    }
  });

  it("merges and overrides by id or by key, keeping each row's own pack for the trace", () => {
    const user = overrideFactors(defaultFactorPack, [{ ...base, id: "mine" }], { id: "ville", version: "2025" });
    const row = lookupFactor(user, { item: "electricite_FR", criterion: "gwp", stage: "use", year: 2025 });
    expect(row.value.toString()).toBe("0.05");
    expect(row.pack).toBe("ville");
    expect(listFactors(user, { item: "electricite_FR", year: 2025 })).toHaveLength(1);
    const laptop = lookupFactor(user, { item: "ordinateur_portable", criterion: "lifetime" });
    expect(laptop.pack).toBe("fr-ademe");
    expect(user.rows.length).toBe(defaultFactorPack.rows.length);
    const byId = mergeFactorPacks(
      [
        defaultFactorPack,
        defineFactorPack({
          id: "y",
          version: "1",
          title: { fr: "", en: "" },
          rows: [{ ...base, id: "dev-ordinateur_portable-lifetime", item: "autre" }],
        }),
      ],
      { id: "z", version: "1" },
    );
    expect(findFactor(byId, { item: "ordinateur_portable", criterion: "lifetime" })).toBeUndefined();
    expect(() => mergeFactorPacks([], { id: "z", version: "1" })).toThrow(/NRS_NO_PACK/);
  });

  it("ships only what may ship: no water, every row sourced and licensed", () => {
    expect(listFactors(defaultFactorPack, { criterion: "water" })).toHaveLength(0);
    for (const r of defaultFactorPack.rows) {
      expect(r.source.length).toBeGreaterThan(0);
      expect(r.licence.length).toBeGreaterThan(0);
      expect(r.licence.toLowerCase()).not.toContain("ecoinvent -");
      // boaviztapi's data files (AGPL) may not ship; Boavizta's environmental-footprint-data (ODbL) may, flagged as such.
      expect(`${r.source} ${r.sourceUrl ?? ""}`.toLowerCase()).not.toContain("boaviztapi");
      if (r.source.toLowerCase().includes("boavizta")) expect(r.licence).toMatch(/^ODbL 1\.0/);
    }
    expect(listFactorItems(defaultFactorPack)).toEqual(
      expect.arrayContaining([
        "ordinateur_portable",
        "electricite_FR",
        "reseau_fixe_FR",
        "reseau_mobile_FR",
        "datacenter_FR",
        "serveur",
        "stockage",
      ]),
    );
    expect(listFactorPacks()[0]).toBe(defaultFactorPack);
    expect(Object.isFrozen(defaultFactorPack.rows)).toBe(true);
  });
});
