import { describe, expect, it } from "vitest";
import { AXE_CODES, AXE_LABELS, axe, axes, zAxeCode } from "../src/index.js";

describe("axes", () => {
  it("lists the six axes of D. 2311-15-1 in order, then AUTRE", () => {
    expect(axes.map((a) => a.numero)).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(axes.map((a) => a.code)).toEqual([...AXE_CODES]);
  });
  it("carries the decree's French wording", () => {
    expect(axe("COMMANDE_PUBLIQUE").libelle.fr).toBe(
      "La commande publique locale et durable, dans une démarche de réemploi, de réparation et de lutte contre l'obsolescence",
    );
    expect(axe("TERRITOIRE_CONNECTE_DONNEES").libelle.fr).toBe(
      "La mise en place d'une démarche de territoire connecté et durable en lien avec une démarche d'ouverture et de valorisation des données",
    );
  });
  it("has English labels and a reference to the decree for each axis", () => {
    for (const a of axes) {
      expect(a.libelle.en).not.toBe(a.libelle.fr);
      expect(a.libelleCourt.en.length).toBeGreaterThan(3);
      expect(a.ref).toContain("D. 2311-15-1");
    }
  });
  it("gives in AXE_LABELS the number and short label of each axis, as axes does", () => {
    expect(Object.keys(AXE_LABELS)).toEqual([...AXE_CODES]);
    for (const a of axes) expect(AXE_LABELS[a.code]).toEqual({ numero: a.numero, libelleCourt: a.libelleCourt });
  });
  it("validates axis codes", () => {
    expect(zAxeCode.safeParse("AUTRE").success).toBe(true);
    expect(zAxeCode.safeParse("axe1").success).toBe(false);
    expect(() => axe("NOPE" as never)).toThrow(TypeError);
  });
});
