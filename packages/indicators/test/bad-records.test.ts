import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseEcoIndexCsv,
  parseEventsCsv,
  parseOpenDataCsv,
  parsePurchasesCsv,
  parseRetirementsCsv,
  parseRgaaCsv,
  parseRgesnCsv,
} from "@nrs/indicators";

type Parser = (csv: string) => Promise<{
  ok: boolean;
  records: readonly unknown[];
  problems: readonly { code: string; line?: number; column?: number; message: { fr: string; en: string } }[];
}>;
const P: Record<string, Parser> = {
  achats: parsePurchasesCsv,
  sorties: parseRetirementsCsv,
  evenements: parseEventsCsv,
  rgesn: parseRgesnCsv,
  rgaa: parseRgaaCsv,
  ecoindex: parseEcoIndexCsv,
  opendata: parseOpenDataCsv,
};

// [file, csv, code, line, column]: each bad record gives this first problem, and the good lines are kept.
const CORPUS: [string, string, string, number, number][] = [
  ["achats", "date;categorie;montant_ht\n2024-01-01;informatique;12,5,3\n", "NRS_NOT_A_NUMBER", 2, 25],
  ["achats", "date;categorie;montant_ht\n2024-02-30;informatique;10\n", "NRS_INVALID_DATE", 2, 1],
  ["achats", "date;categorie;montant_ht\n31/12/2024;mobilier;10\n", "NRS_INVALID_VALUE", 2, 12],
  ["achats", "date;categorie;montant_ht\n2024-01-01;informatique;-10\n", "NRS_NEGATIVE", 2, 25],
  ["achats", "date;categorie;montant_ht;montant_reemploi\n2024-01-01;informatique;10;11\n", "NRS_AGEC_REUSE_ABOVE_TOTAL", 2, 1],
  ["achats", "date;categorie\n2024-01-01;informatique\n", "NRS_MISSING_COLUMN", 1, 1],
  ["achats", "date;categorie;montant_ht;date\n2024-01-01;informatique;1;2024-01-01\n", "NRS_DUPLICATE_COLUMN", 1, 27],
  ["achats", "", "NRS_EMPTY_FILE", 1, 1],
  ["achats", "date;categorie;montant_ht\n2024-01-01;informatique;10;oups\n", "NRS_TOO_MANY_CELLS", 2, 28],
  ["achats", 'date;categorie;montant_ht\n"2024-01-01;informatique;10\n', "NRS_CSV_UNCLOSED_QUOTE", 2, 1],
  ["sorties", "type;date_reforme;destination\nportable;2024-01-01;poubelle\n", "NRS_INVALID_VALUE", 2, 21],
  ["sorties", "type;date_reforme;destination\nfrigo;2024-01-01;don\n", "NRS_INVALID_VALUE", 2, 1],
  ["sorties", "type;quantite;date_reforme;destination\nportable;2,5;2024-01-01;stock\n", "NRS_NOT_AN_INTEGER", 2, 10],
  ["sorties", "type;quantite;date_reforme;destination\nportable;0;2024-01-01;stock\n", "NRS_TOO_SMALL", 2, 10],
  ["sorties", "type;date_reforme;date_sortie;destination\nportable;2024-05-01;2024-04-01;don\n", "NRS_EXIT_BEFORE_REFORM", 2, 1],
  ["sorties", "type;date_reforme;destination\nportable;2024-05-01;don\n", "NRS_EXIT_DATE_MISSING", 2, 1],
  [
    "sorties",
    "type;date_acquisition;date_reforme;destination\nportable;2025-01-01;2024-05-01;stock\n",
    "NRS_REFORM_BEFORE_ACQUISITION",
    2,
    1,
  ],
  ["sorties", "type;date_reforme;destination;engagement_reemploi\nportable;2024-05-01;stock;peut-être\n", "NRS_INVALID_BOOLEAN", 2, 27],
  // An age or a weight of 1e309 was kept and printed as a 300-digit indicator (exit 0).
  ["sorties", "type;date_reforme;destination;age_ans\nportable;2024-05-01;stock;1e309\n", "NRS_OUT_OF_BOUNDS", 2, 27],
  ["sorties", "type;date_reforme;destination;poids_kg\nportable;2024-05-01;stock;1e309\n", "NRS_OUT_OF_BOUNDS", 2, 27],
  ["evenements", "date;type;public;participants\n2024-01-01;atelier;agents;-2\n", "NRS_TOO_SMALL", 2, 27],
  ["evenements", "date;type;public;participants\n2024-01-01;concert;agents;2\n", "NRS_INVALID_VALUE", 2, 12],
  ["evenements", "date;type;public;participants\n2024-01-01;atelier;agents;beaucoup\n", "NRS_NOT_AN_INTEGER", 2, 27],
  ["rgesn", "service;date;critere;statut\nsite;2024-01-01;1.11;Validé\n", "NRS_RGESN_UNKNOWN_CRITERION", 2, 17],
  ["rgesn", "service;date;critere;statut\nsite;2024-01-01;1.1;Bof\n", "NRS_INVALID_VALUE", 2, 21],
  ["rgesn", "service;date;critere;statut\n;2024-01-01;1.1;Validé\n", "NRS_REQUIRED", 2, 1],
  ["rgaa", "service;date_audit;conformes;non_conformes;non_applicables\nsite;2024-01-01;60;40;10\n", "NRS_RGAA_TOO_MANY_CRITERIA", 2, 1],
  ["rgaa", "service;date_audit;conformes;non_conformes\nsite;2024-01-01;60,5;40\n", "NRS_NOT_AN_INTEGER", 2, 17],
  ["ecoindex", "url;date;score\nhttps://a/;2024-01-01;101\n", "NRS_ECOINDEX_SCORE_RANGE", 2, 23],
  ["ecoindex", "url;date;elements_dom;requetes\nhttps://a/;2024-01-01;100;10\n", "NRS_ECOINDEX_INPUTS", 2, 1],
  // 1e309 DOM elements was kept and scored 0, lowering the mean EcoIndex without a word.
  ["ecoindex", "url;date;elements_dom;requetes;poids_ko\nhttps://a/;2024-01-01;1e309;10;100\n", "NRS_OUT_OF_BOUNDS", 2, 23],
  ["ecoindex", "url;date;elements_dom;requetes;poids_ko\nhttps://a/;2024-01-01;100;1e309;100\n", "NRS_OUT_OF_BOUNDS", 2, 27],
  ["ecoindex", "url;date;elements_dom;requetes;poids_ko\nhttps://a/;2024-01-01;100;10;1e309\n", "NRS_OUT_OF_BOUNDS", 2, 30],
  ["opendata", "jeu_de_donnees;schema\nBudget;scdl budget\n", "NRS_INVALID_FORMAT", 2, 8],
  ["opendata", "jeu_de_donnees;publie\nBudget;bientôt\n", "NRS_INVALID_BOOLEAN", 2, 8],
];

describe("bad-record corpus", () => {
  it.each(CORPUS)("%s: %j gives %s at %i:%i", async (file, csv, code, line, column) => {
    const parse = P[file] as Parser;
    const r = await parse(csv);
    expect(r.ok).toBe(false);
    const p = r.problems[0];
    expect([p?.code, p?.line, p?.column]).toEqual([code, line, column]);
    expect(p?.message.fr.length).toBeGreaterThan(0);
    expect(p?.message.en.length).toBeGreaterThan(0);
    expect(p?.message.fr).not.toBe(p?.message.en);
  });

  it("keeps the good lines around a bad one", async () => {
    const r = await parseEventsCsv(
      "date;type;public;participants\n2024-01-01;atelier;agents;2\n2024-01-02;atelier;agents;x\n2024-01-03;atelier;agents;3\n",
    );
    expect(r.records.map((x) => x.participants)).toEqual([2, 3]);
    expect(r.problems.map((p) => p.line)).toEqual([3]);
  });

  it("accepts English aliases, a comma separator, a BOM and French decimals", async () => {
    const r = await parsePurchasesCsv('\uFEFFentity,date,category,amount,reuse_amount\nepci,15/03/2024,IT,"1 234,50","234,5"\n');
    expect(r.problems).toEqual([]);
    expect(r.records[0]?.amount.toString()).toBe("1234.5");
    expect(r.records[0]?.date).toBe("2024-03-15");
  });

  it("warns about an unknown column without failing", async () => {
    const r = await parseOpenDataCsv("jeu_de_donnees;couleur\nBudget;bleu\n");
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([["NRS_UNKNOWN_COLUMN", "warning"]]);
  });

  it("never throws, whatever the text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(P)), fc.string({ maxLength: 200 }), async (file, text) => {
        const r = await (P[file] as Parser)(
          `date;type;public;participants;service;critere;statut;url;score;jeu_de_donnees;categorie;montant_ht;date_reforme;destination\n${text}`,
        );
        expect(Array.isArray(r.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
