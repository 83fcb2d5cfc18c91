import { describe, expect, it } from "vitest";
import { ASSET_STATUS_WORDS, isAssetStatus, resolveAssetStatus } from "../../src/index.js";

describe("resolveAssetStatus", () => {
  it("reads French and English words, case and accents free", () => {
    expect(resolveAssetStatus("En service")).toBe("en_service");
    expect(resolveAssetStatus("EN-SERVICE")).toBe("en_service");
    expect(resolveAssetStatus("In use")).toBe("en_service");
    expect(resolveAssetStatus("En stock")).toBe("en_stock");
    expect(resolveAssetStatus("Rebut")).toBe("sorti");
    expect(resolveAssetStatus("Mis au rebut")).toBe("sorti");
    expect(resolveAssetStatus("HS")).toBe("sorti");
    expect(resolveAssetStatus("Réformé")).toBe("sorti");
    expect(resolveAssetStatus("retired")).toBe("sorti");
    expect(resolveAssetStatus("Lost/Stolen")).toBe("sorti");
    expect(resolveAssetStatus("Broken - Not Fixable")).toBe("sorti");
  });

  it("reads Snipe-IT's name (meta) form, the name first", () => {
    expect(resolveAssetStatus("Ready to Deploy (deployable)")).toBe("en_stock");
    expect(resolveAssetStatus("Chez l'agent (deployed)")).toBe("en_service");
    expect(resolveAssetStatus("Archived (archived)")).toBe("sorti");
    expect(resolveAssetStatus("Inconnu (???)")).toBeUndefined();
  });

  it("lets a site's own words win over the built-in ones", () => {
    expect(resolveAssetStatus("Prêt école", { "Prêt école": "en_service" })).toBe("en_service");
    expect(resolveAssetStatus("stock", { Stock: "sorti" })).toBe("sorti");
    expect(resolveAssetStatus("Mystère")).toBeUndefined();
  });

  it("has no word in two statuses", () => {
    const seen = new Map<string, string>();
    for (const [status, words] of Object.entries(ASSET_STATUS_WORDS)) {
      for (const w of words) {
        expect(seen.get(w), `${w} in ${status} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, status);
        expect(resolveAssetStatus(w)).toBe(status);
      }
    }
    expect(isAssetStatus("sorti")).toBe(true);
    expect(isAssetStatus("Sorti")).toBe(false);
  });
});
