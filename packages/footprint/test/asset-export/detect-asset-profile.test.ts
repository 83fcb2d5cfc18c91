import { describe, expect, it } from "vitest";
import {
  ASSET_PROFILES,
  assetProfile,
  assetProfileColumns,
  assetProfileList,
  detectAssetProfile,
  normalizeInventoryWord,
  resolveInventoryColumn,
} from "../../src/index.js";

describe("asset-manager profiles", () => {
  it("recognises GLPI's French and English list exports", () => {
    expect(
      detectAssetProfile(["Nom", "Entité", "Statut", "Fabricant", "Numéro de série", "Type", "Modèle", "Lieu", "Dernière modification"])
        ?.id,
    ).toBe("glpi");
    expect(
      detectAssetProfile(["Name", "Entity", "Status", "Manufacturer", "Serial number", "Type", "Model", "Location", "Last update"])?.id,
    ).toBe("glpi");
    expect(detectAssetProfile(["NOM", "entite", "lieu"])?.id).toBe("glpi");
  });

  it("recognises OCS Inventory NG and Snipe-IT", () => {
    expect(
      detectAssetProfile(["TAG", "Dernier inventaire", "Machine", "Utilisateur connecté", "Systeme", "RAM (Mo)", "CPU (MHz)"])?.id,
    ).toBe("ocs");
    expect(
      detectAssetProfile(["TAG", "Last inventory", "Computer", "Connected user", "Operating system", "RAM (MB)", "CPU (MHz)"])?.id,
    ).toBe("ocs");
    expect(detectAssetProfile(["Company", "Asset Name", "Asset Tag", "Model", "Model No.", "Category", "Purchased", "Status"])?.id).toBe(
      "snipeit",
    );
  });

  it("leaves the canonical format and unknown layouts alone", () => {
    expect(detectAssetProfile(["type", "quantite", "date_acquisition"])).toBeUndefined();
    expect(detectAssetProfile(["Nom", "Statut"])).toBeUndefined();
    expect(detectAssetProfile([])).toBeUndefined();
  });

  it("maps each profile's columns to known keys, with no two labels of a profile colliding", () => {
    for (const p of ASSET_PROFILES) {
      const seen = new Set<string>();
      for (const [header, key] of Object.entries(p.columns)) {
        const n = normalizeInventoryWord(header);
        expect(seen.has(n), `${p.id}: ${header}`).toBe(false);
        seen.add(n);
        if (key !== null && key !== "statut" && key !== "site") expect(resolveInventoryColumn(key)).toBe(key);
      }
      for (const sig of p.signatures)
        for (const h of sig)
          expect(p.columns[h] !== undefined || p.entityColumns.includes(h) || p.siteColumns.includes(h), `${p.id}: ${h}`).toBe(true);
      expect(assetProfile(p.id)).toBe(p);
    }
    expect(assetProfileList()).toBe("glpi (GLPI), ocs (OCS Inventory NG), snipeit (Snipe-IT)");
  });

  it("reads entity and location columns only when their values are translated", () => {
    const glpi = assetProfile("glpi")!;
    expect(assetProfileColumns(glpi).get("lieu")).toBeNull();
    expect(assetProfileColumns(glpi, { sites: { "École Jaurès": "ecoles" } }).get("lieu")).toBe("site");
    expect(assetProfileColumns(glpi, { entites: {} }).get("entity")).toBe("entite");
    // Snipe-IT's "Type" is what an asset is checked out to, never a device type.
    expect(assetProfileColumns(assetProfile("snipeit")!).get("type")).toBeNull();
  });
});
