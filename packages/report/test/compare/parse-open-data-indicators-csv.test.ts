import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseOpenDataIndicatorsCsv, subjectsFromOpenData } from "../../src/index.js";

const OFFICIAL = fileURLToPath(
  new URL("../../../../../shared/data/schemas/impact-service-public-numerique-v0.5.0.exemple-valide.csv", import.meta.url),
);
const HEADER =
  "administration_rattachement,nom_service_public_numerique,indicateur,valeur,unite_mesure,est_cible,type_indicateur,frequence_monitoring,date,est_periode,date_debut,est_automatise,source_collecte,denom_insee,code_insee,dataviz_wish,commentaires";

describe("parseOpenDataIndicatorsCsv", () => {
  it("reads the official valid example of the schema v0.5.0", () => {
    let text: string;
    try {
      text = readFileSync(OFFICIAL, "utf8");
    } catch {
      text = `${HEADER}\nDINUM,Registre,Nombre de trajets réalisés,143,unité,false,usage,annuelle,2020-12-31,true,2020-01-01,true,script,,,barchart,x\n`;
    }
    const r = parseOpenDataIndicatorsCsv(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.value.length).toBeGreaterThan(0);
    expect(r.value[0]!.administration).toBe("DINUM");
    expect(r.value[0]!.valeur.toString()).toBe("143");
  });

  it("tolerates a BOM, ';', another column order and a decimal comma; recovers the catalogue code", () => {
    const cols = HEADER.split(",").reverse();
    const cells: Record<string, string> = {
      administration_rattachement: "Ville de Fictiville",
      nom_service_public_numerique: "SNR",
      indicateur: "Part des achats",
      valeur: "22,5",
      unite_mesure: "%",
      est_cible: "false",
      type_indicateur: "impact",
      frequence_monitoring: "annuelle",
      date: "2025-12-31",
      est_periode: "true",
      date_debut: "2025-01-01",
      est_automatise: "true",
      source_collecte: "achats",
      denom_insee: "COM",
      code_insee: "26950",
      dataviz_wish: "",
      commentaires: '"code: part-achats-reemploi; 9 / 40 × 100"',
    };
    const text = `\uFEFF${cols.join(";")}\n${cols.map((c) => cells[c]).join(";")}\n`;
    const r = parseOpenDataIndicatorsCsv(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]).toMatchObject({ valeur: expect.anything(), code: "part-achats-reemploi", codeInsee: "26950", denomInsee: "COM" });
    expect(r.value[0]!.valeur.toString()).toBe("22.5");
  });

  it("leaves out a row whose cells do not match the header", () => {
    const r = parseOpenDataIndicatorsCsv(`${HEADER}\nA,S,I,1,%,false,impact,annuelle,2025-12-31,true,,true,x,,,,code: a; b,extra\n`);
    expect(r.ok && r.value.length).toBe(0);
    expect(r.warnings[0]).toMatchObject({ code: "NRS_OPENDATA_CELL_COUNT", line: 2 });
  });

  it("refuses a file of an older version or of another schema as a whole", () => {
    const v3 = HEADER.replace(",type_indicateur", "").replace(",denom_insee", "");
    const old = parseOpenDataIndicatorsCsv(`${v3}\n`);
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.errors[0]).toMatchObject({ code: "NRS_OPENDATA_OLD_VERSION", line: 1 });
    if (!old.ok) expect(old.errors[0]!.message.fr).toMatch(/v0\.3\.0/);
    const agec = parseOpenDataIndicatorsCsv("siret,annee,type_achat,montant_total,montant_reemploi_et_reutilisation\n");
    expect(agec.ok ? "" : agec.errors[0]!.code).toBe("NRS_OPENDATA_OTHER_SCHEMA");
  });

  it("leaves out a malformed row with its line and column, keeps the others", () => {
    const good = "A,S,I,1,%,false,impact,annuelle,2025-12-31,true,2025-01-01,true,x,,,,";
    const bad = "A,S,I,abc,%,peut-être,autre,annuelle,2025-02-30,true,,true,x,,,,";
    const r = parseOpenDataIndicatorsCsv(`${HEADER}\n${good}\n${bad}\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(1);
    expect(r.warnings.map((w) => [w.path[0], w.line])).toEqual([
      ["type_indicateur", 3],
      ["valeur", 3],
      ["est_cible", 3],
      ["date", 3],
    ]);
    expect(r.warnings[1]!.column).toBe(7);
  });

  it("property: never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const r = parseOpenDataIndicatorsCsv(`${HEADER}\n${tail}`);
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
});

describe("subjectsFromOpenData", () => {
  it("makes one subject per publisher and year, from measured rows only, and flags a repeated value", () => {
    const rows = [
      "Ville de Fictiville,SNR,Part des dépenses d'achat de matériel informatique et de téléphonie issu du réemploi ou de la réutilisation,22,%,false,impact,annuelle,2025-12-31,true,,true,x,COM,26950,,",
      "Ville de Fictiville,SNR,Part des dépenses d'achat de matériel informatique et de téléphonie issu du réemploi ou de la réutilisation,30,%,true,impact,annuelle,2027-12-31,true,,true,x,COM,26950,,",
      "Ville de Fictiville,SNR,Indicateur maison,5,unité,false,usage,annuelle,2025-12-31,true,,true,x,COM,26950,,",
      "Ville de Fictiville,SNR,Indicateur maison,6,unité,false,usage,annuelle,2025-12-31,true,,true,x,COM,26950,,",
    ];
    const r = parseOpenDataIndicatorsCsv(`${HEADER}\n${rows.join("\n")}\n`);
    if (!r.ok) throw new Error("unreadable");
    const { subjects, problems } = subjectsFromOpenData(r.value, { kind: "opendata", label: "f.csv" });
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatchObject({ id: "26950", type: "COMMUNE", year: 2025 });
    expect(subjects[0]!.values.map((v) => v.key)).toEqual(["part-achats-reemploi", "label:indicateur maison"]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([["NRS_COMPARE_DUPLICATE_VALUE", 5]]);
  });
});
