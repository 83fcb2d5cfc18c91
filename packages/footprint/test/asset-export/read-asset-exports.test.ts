import { describe, expect, it } from "vitest";
import { parseInventoryCsv } from "../../src/index.js";

const GLPI = "Nom;Entité;Statut;Type;Date d'achat;Date de réforme\n";

describe("reading asset-manager exports (bad input and settings)", () => {
  it("names the profiles and the setting when a foreign header lacks the required columns", async () => {
    const r = await parseInventoryCsv("Hostname;Catégorie;Acheté le\npc1;Portable;2021-01-01\n");
    const p = r.problems.find((x) => x.code === "NRS_INVENTORY_UNKNOWN_LAYOUT");
    expect(p?.severity).toBe("error");
    expect(p?.message.fr).toContain("glpi (GLPI), ocs (OCS Inventory NG), snipeit (Snipe-IT)");
    expect(p?.message.en).toContain('{ "inventaire": { "glpi": {} } }');
    // A canonical file short of a column gets no hint: the format is the right one.
    expect((await parseInventoryCsv("type\necran\n")).problems.map((x) => x.code)).toEqual(["NRS_INVENTORY_MISSING_COLUMN"]);
  });

  it("reads GLPI's columns silently and says once which profile it used", async () => {
    const r = await parseInventoryCsv(
      "Nom;Entité;Statut;Fabricant;Numéro de série;Type;Modèle;Lieu;Dernière modification;Date d'achat\nA;E;En service;Dell;X1;Portable;L;Salle;01-01-2024 10:00;01-02-2020\n",
    );
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([["NRS_INVENTORY_PROFILE_DETECTED", "info"]]);
    expect(r.items.map((i) => [i.type, i.quantity, i.acquisitionDate, i.model])).toEqual([["ordinateur_portable", 1, "2020-02-01", "L"]]);
  });

  it("leaves a retired asset out unless it left during the reporting year", async () => {
    const csv = `${GLPI}A;E;Rebut;Portable;01-01-2018;15-06-2024\nB;E;Au rebut;Portable;01-01-2018;15-06-2023\nC;E;Réformé;Portable;01-01-2018;\n`;
    const r = await parseInventoryCsv(csv, { reportingYear: 2024, defaultLifetimes: { ordinateur_portable: 5 } });
    expect(r.items.map((i) => i.retirementDate)).toEqual(["2024-06-15"]);
    expect(r.stats.leftOut).toEqual({ retired: { rows: 2, quantity: 2 } });
    expect(r.stats.records).toBe(r.stats.goodRows + r.stats.badRows + 2);
  });

  it("counts stock with no electricity unless measured, and warns once about unknown statuses with their counts", async () => {
    const csv = `${GLPI}A;E;En stock;Écran;01-01-2022;\nB;E;Mystère;Écran;01-01-2022;\nC;E;Mystère;Écran;01-01-2022;\nD;E;Autre;Écran;01-01-2022;\n`;
    const r = await parseInventoryCsv(csv);
    expect(r.items.map((i) => i.annualKwh?.toString())).toEqual(["0", undefined, undefined, undefined]);
    const w = r.problems.filter((p) => p.code === "NRS_INVENTORY_UNKNOWN_STATUS");
    expect(w).toHaveLength(1);
    expect(w[0]?.message.en).toContain('"Mystère" × 2, "Autre" × 1');
  });

  it("takes the site's own status words and type translations, null leaving a type out", async () => {
    const csv = `${GLPI}A;E;Mystère;Tableau tactile;01-01-2022;\nB;E;En service;Grille-pain;01-01-2022;\n`;
    const r = await parseInventoryCsv(csv, {
      profileSettings: { statuts: { Mystère: "en_stock" }, types: { "Tableau tactile": "ecran_interactif", "Grille-pain": null } },
    });
    expect(r.problems.map((p) => p.code)).toEqual(["NRS_INVENTORY_PROFILE_DETECTED"]);
    expect(r.items.map((i) => [i.type, i.annualKwh?.toString()])).toEqual([["ecran_interactif", "0"]]);
    expect(r.stats.leftOut).toEqual({ excludedType: { rows: 1, quantity: 1 } });
  });

  it("reads month-first dates only when told, and refuses them otherwise", async () => {
    const csv = `${GLPI}A;E;En service;Portable;07-22-2020;\n`;
    const dmy = await parseInventoryCsv(csv);
    expect(dmy.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ["NRS_INVENTORY_PROFILE_DETECTED", 1, 1],
      ["NRS_INVENTORY_BAD_DATE", 2, 25],
    ]);
    const mdy = await parseInventoryCsv(csv, { profileSettings: { ordreDate: "mdy" } });
    expect(mdy.items[0]?.acquisitionDate).toBe("2020-07-22");
  });

  it("warns once, with the count, about empty acquisition dates of an export", async () => {
    const r = await parseInventoryCsv(`${GLPI}A;E;En service;Portable;;\nB;E;En service;Portable;;\n`);
    const w = r.problems.filter((p) => p.code === "NRS_INVENTORY_NO_ACQUISITION_DATE");
    expect(w.map((p) => [p.severity, p.message.en.slice(0, 40)])).toEqual([["warning", "2 line(s) without an acquisition date: a"]]);
  });

  it("reads the canonical format only when told, even on a GLPI header", async () => {
    const r = await parseInventoryCsv(`${GLPI}A;E;En service;Portable;01-01-2022;\n`, { profile: "canonical" });
    expect(r.problems.map((p) => p.code)).toContain("NRS_INVENTORY_MISSING_COLUMN");
  });
});
