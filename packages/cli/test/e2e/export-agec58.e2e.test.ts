import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyExample, example, hasStackTrace, nrs, tempDir } from "./run-built-cli.js";

// `nrs export agec58` driven as a user would, on the example folder and on broken copies of it.
const tmp = tempDir();
afterAll(tmp.cleanup);
let n = 0;
const freshCopy = (): string => copyExample(join(tmp.dir, `copy-${n++}`));

// The schema's wording of the three categories of achats.csv, written out here rather than imported,
// so that a wrong mapping in the code cannot pass.
const SCHEMA_TYPE: Record<string, string> = {
  "informatique-telephonie": "Matériel informatique et téléphonie",
  "reprographie-impression": "Matériel de reprographie et d'impression",
  "consommables-impression": "Consommables d'impression",
};

/** A French decimal cell ("30828,99", "" for none) in cents, as an integer: no Decimal, no float. */
function cents(cell: string | undefined): bigint {
  const t = (cell ?? "").trim();
  if (t === "") return 0n;
  const [int = "0", frac = ""] = t.replace(/\s/g, "").split(",");
  return BigInt(int) * 100n + BigInt(frac.padEnd(2, "0").slice(0, 2));
}

/** "291830.76" or "2400" (the export's amounts) in cents. */
function centsOfExport(cell: string | undefined): bigint {
  const [int = "0", frac = ""] = (cell ?? "").split(".");
  return BigInt(int) * 100n + BigInt(frac.padEnd(2, "0"));
}

/** Recomputes the declaration from achats.csv: the buyer's lines of the year (the EPCI's by default), per category, in cents. */
function expectedFrom(
  file: string,
  year: number,
  buyer: readonly string[] = ["epci"],
): Map<string, { total: bigint; reuse: bigint; donation: bigint; recycled: bigint }> {
  const [header = "", ...rows] = readFileSync(file, "utf8").trim().split("\n");
  const col = (name: string) => header.split(";").indexOf(name);
  const sums = new Map<string, { total: bigint; reuse: bigint; donation: bigint; recycled: bigint }>();
  for (const row of rows) {
    const c = row.split(";");
    if (!buyer.includes(c[col("entite")] ?? "") || !c[col("date")]?.startsWith(`${year}-`)) continue;
    const type = SCHEMA_TYPE[c[col("categorie")] ?? ""];
    if (type === undefined) continue;
    const s = sums.get(type) ?? { total: 0n, reuse: 0n, donation: 0n, recycled: 0n };
    s.total += cents(c[col("montant_ht")]);
    // montant_reemploi includes donations in achats.csv; the declaration writes them apart (arrêté of 13 January 2025).
    const donation = col("montant_don") >= 0 ? cents(c[col("montant_don")]) : 0n;
    s.reuse += cents(c[col("montant_reemploi")]) - donation;
    s.donation += donation;
    s.recycled += cents(c[col("montant_recycle")]);
    sums.set(type, s);
  }
  return sums;
}

/** The rows of the exported CSV (no cell of the example holds a comma). */
function exported(file: string): Map<string, { total: bigint; reuse: bigint; donation: bigint; recycled: bigint; cells: string[] }> {
  const [header, ...rows] = readFileSync(file, "utf8").trim().split("\n");
  expect(header).toBe(
    "annee,siret,raison_sociale,type_produit_acquis,montant_total,montant_reemploi_et_reutilisation,montant_produits_issus_don,montant_produits_recycles,commentaires",
  );
  return new Map(
    rows.map((row) => {
      const c = row.split(",");
      return [
        c[3] ?? "",
        { total: centsOfExport(c[4]), reuse: centsOfExport(c[5]), donation: centsOfExport(c[6]), recycled: centsOfExport(c[7]), cells: c },
      ];
    }),
  );
}

describe("nrs export agec58 on the example", () => {
  it("writes one row per category with the sums of the EPCI's purchases, and the descriptor", async () => {
    const out = join(tmp.dir, "pub", "agec58-2025.csv");
    const r = await nrs(["export", "agec58", example, "--year", "2025", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const got = exported(out);
    const want = expectedFrom(join(example, "donnees/2025/achats.csv"), 2025);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [type, w] of want) {
      const g = got.get(type);
      expect({ total: g?.total, reuse: g?.reuse, donation: g?.donation, recycled: g?.recycled }, type).toEqual(w);
      expect(g?.cells.slice(0, 3)).toEqual(["2025", "29990101700010", "Communauté d'agglomération de Val-de-Fictive"]);
    }
    // Checked by hand against the file as well: 182000 + 30828.99 + 41500 + 13701.77 + 23800.
    expect(got.get("Matériel informatique et téléphonie")?.cells.slice(4, 8)).toEqual(["291830.76", "44530.76", "0", "0"]);
    const resource = JSON.parse(readFileSync(join(tmp.dir, "pub", "agec58-2025.resource.json"), "utf8")) as {
      path: string;
      conformsTo: { id: string; version: string };
    };
    expect(resource.path).toBe("agec58-2025.csv");
    expect(resource.conformsTo).toMatchObject({ id: "datagouv/schema-declaration-biens-reemploi-reutilisation-recycle", version: "0.1.0" });
    // Human output in French (formatQuantity: a no-break space before €); the communes' purchases are not lost: a note names them.
    expect(r.stdout).toMatch(
      /Matériel informatique et téléphonie : total 291\u202f830,76\u00a0€ HT, réemploi\/réutilisation 44\u202f530,76\u00a0€, dons 0,00\u00a0€/,
    );
    expect(r.stderr).toContain("5 achat(s) d'autres entités (75\u202f678,11\u00a0€ HT, lignes 7, 8, 9, 10, 13)");
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it("prints English with --lang en and one JSON document with --json", async () => {
    const out = join(tmp.dir, "en", "agec58.csv");
    const en = await nrs(["export", "agec58", example, "--year", "2024", "--out", out, "--lang", "en"]);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain(
      "AGEC art. 58 declaration 2024 of Communauté d'agglomération de Val-de-Fictive (SIRET 29990101700010): 3 row(s)",
    );
    expect(en.stderr).toContain("purchase(s) of other entities");

    const j = await nrs(["export", "agec58", example, "--year", "2024", "--out", out, "--json"]);
    expect(j.code, j.stderr).toBe(0);
    const doc = JSON.parse(j.stdout) as {
      ok: boolean;
      rows: number;
      year: number;
      declaration: { type_produit_acquis: string; montant_total: string; lines: number[] }[];
      excluded: { reason: string; count: number; amount: string; lines: number[] }[];
    };
    expect(doc).toMatchObject({ ok: true, rows: 3, year: 2024 });
    const want = expectedFrom(join(example, "donnees/2024/achats.csv"), 2024);
    for (const row of doc.declaration) expect(centsOfExport(row.montant_total)).toBe(want.get(row.type_produit_acquis)?.total);
    // Every line of the file is either declared or excluded, once.
    const lines = [...doc.declaration.flatMap((d) => d.lines), ...doc.excluded.flatMap((x) => x.lines)].sort((a, b) => a - b);
    expect(lines).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
  });

  it("declares donations from the optional montant_don column", async () => {
    const project = freshCopy();
    const file = join(project, "donnees/2025/achats.csv");
    const lines = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l, i) => `${l};${i === 0 ? "montant_don" : ""}`);
    lines.push("epci;2025-10-02;informatique-telephonie;Portables reçus en don (grille arrêté 29/02/2024);1200,00;1200,00;;1200,00");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const out = join(project, "..", "agec58.csv"); // outside the project: nrs never replaces a file inside it
    const r = await nrs(["export", "agec58", project, "--year", "2025", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const got = exported(out).get("Matériel informatique et téléphonie");
    // 1200 € of donation: in montant_reemploi of the file, written apart in the declaration (44530.76 bought from reuse).
    expect(got?.cells.slice(4, 8)).toEqual(["293030.76", "44530.76", "1200", "0"]);
    expect(got?.donation).toBe(expectedFrom(file, 2025).get("Matériel informatique et téléphonie")?.donation);
  });
});

/** The example copied and turned into commune 26901 (Fictive-sur-Val), as a commune's own project. */
/**
 * The example as the commune Fictive-sur-Val's folder: lines 9 and 10 of achats.csv (26902, 26903 in
 * the example) become purchases of its CCAS and of a syndicate it declares, unless `undeclared`.
 */
function communeCopy(undeclared = false): string {
  const project = freshCopy();
  const file = join(project, "collectivite.json");
  const linked = [
    { code: "ccas", nom: "CCAS de Fictive-sur-Val", type: "CCAS", siren: "266901016" },
    { code: "syndicat-num", nom: "Syndicat numérique du Val", type: "SYNDICAT", siren: "299901017" },
  ];
  writeFileSync(
    file,
    JSON.stringify(
      {
        type: "COMMUNE",
        nom: "Fictive-sur-Val",
        siren: "732829320",
        siret: "73282932000009",
        codeInsee: "26901",
        population: { valeur: 48512, type: "totale", millesime: 2021 },
        ...(undeclared ? {} : { entitesLiees: linked }),
      },
      null,
      2,
    ),
  );
  if (!undeclared) {
    const purchases = join(project, "donnees/2025/achats.csv");
    const lines = readFileSync(purchases, "utf8").split("\n");
    lines[8] = lines[8]!.replace(/^26902;/, "ccas;");
    lines[9] = lines[9]!.replace(/^26903;/, "syndicat-num;");
    writeFileSync(purchases, lines.join("\n"));
  }
  return project;
}

describe("nrs export agec58 for a commune", () => {
  it("declares the commune's own purchases (entity epci or its INSEE code), and says why the others are left out", async () => {
    const project = communeCopy();
    const out = join(project, "..", "agec58.csv"); // outside the project: nrs never replaces a file inside it
    const r = await nrs(["export", "agec58", project, "--year", "2025", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const got = exported(out);
    const want = expectedFrom(join(project, "donnees/2025/achats.csv"), 2025, ["epci", "26901"]);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [type, w] of want) {
      const g = got.get(type);
      expect({ total: g?.total, reuse: g?.reuse, donation: g?.donation, recycled: g?.recycled }, type).toEqual(w);
      expect(g?.cells.slice(0, 3)).toEqual(["2025", "73282932000009", "Fictive-sur-Val"]);
    }
    // By hand: 182000 + 30828.99 + 41500 + 13701.77 + 23800 (epci) + 36200 + 17127.22 (26901).
    expect(got.get("Matériel informatique et téléphonie")?.cells.slice(4, 6)).toEqual(["345157.98", "61657.98"]);
    expect(r.stderr).toContain(
      "2 achat(s) d'autres entités (19\u202f250,89\u00a0€ HT, lignes 9, 10) non déclaré(s) : la commune déclare les achats dont l'entité est vide ou « epci » ou « 26901 ».",
    );
    expect(r.stderr).not.toContain("commune membre");
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it("refuses purchases of entities collectivite.json does not declare, each at its line, on stderr and with --json", async () => {
    const project = communeCopy(true);
    const out = join(project, "..", "agec58.csv"); // outside the project: nrs never replaces a file inside it
    const r = await nrs(["export", "agec58", project, "--year", "2025", "--out", out, "--lang", "en"]);
    expect(r.code, r.stderr).toBe(1);
    const refused = r.stderr.split("\n").filter((l) => l.includes("NRS_UNKNOWN_ENTITY"));
    expect(refused.map((l) => l.slice(l.indexOf("donnees/"), l.indexOf(" NRS_")))).toEqual([
      "donnees/2025/achats.csv:9:1 error",
      "donnees/2025/achats.csv:10:1 error",
    ]);
    expect(r.stdout).not.toContain("NRS_UNKNOWN_ENTITY");
    const j = await nrs(["export", "agec58", project, "--year", "2025", "--out", out, "--json"]);
    expect(j.code, j.stderr).toBe(1);
    const doc = JSON.parse(j.stdout) as { ok: boolean; problems: { code: string; severity: string; line: number }[] };
    expect(doc.ok).toBe(false);
    expect(doc.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ["NRS_UNKNOWN_ENTITY", "error", 9],
      ["NRS_UNKNOWN_ENTITY", "error", 10],
    ]);
  });
});

describe("nrs export agec58 with nothing to declare", () => {
  it("says the purchases were all excluded when there were some, and that the file is empty only when it is", async () => {
    const project = freshCopy();
    const file = join(project, "donnees/2025/achats.csv");
    const [header = "", ...rows] = readFileSync(file, "utf8").trim().split("\n");
    // Only the member communes' purchases: every line is excluded as another entity's.
    writeFileSync(file, `${[header, ...rows.filter((l) => !l.startsWith("epci;"))].join("\n")}\n`);
    const out = join(project, "..", "agec58.csv"); // outside the project: nrs never replaces a file inside it
    const fr = await nrs(["export", "agec58", project, "--year", "2025", "--out", out]);
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stderr).toContain("Aucun achat à déclarer en 2025 : les 5 achat(s) du fichier sont tous exclus");
    expect(fr.stderr).not.toContain("le fichier n'a que l'en-tête");
    const en = await nrs(["export", "agec58", project, "--year", "2025", "--out", out, "--lang", "en"]);
    expect(en.stderr).toContain("No purchase to declare in 2025: all 5 purchase(s) of the file are excluded");
    expect(readFileSync(out, "utf8").trim().split("\n")).toHaveLength(1);

    writeFileSync(file, `${header}\n`);
    const empty = await nrs(["export", "agec58", project, "--year", "2025", "--out", out]);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stderr).toContain("Aucun achat à déclarer en 2025 : le fichier n'a que l'en-tête.");
  });
});

describe("nrs export agec58 on broken copies", () => {
  it("a collectivité without SIRET: refused with the field to add, exit code 1, nothing written", async () => {
    const project = freshCopy();
    const file = join(project, "collectivite.json");
    const c = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    delete c.siret;
    writeFileSync(file, JSON.stringify(c, null, 2));
    const out = join(project, "..", "agec58.csv"); // outside the project: nrs never replaces a file inside it
    const fr = await nrs(["export", "agec58", project, "--year", "2025", "--out", out]);
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain("NRS_CLI_NO_SIRET");
    expect(fr.stderr).toContain("Ajoutez le champ « siret » (14 chiffres, commençant par le SIREN 299901017) à collectivite.json");
    const en = await nrs(["export", "agec58", project, "--year", "2025", "--out", out, "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('Add the "siret" field');
    expect(hasStackTrace(fr.stdout + fr.stderr + en.stdout + en.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
    const j = await nrs(["export", "agec58", project, "--year", "2025", "--out", out, "--json"]);
    expect((JSON.parse(j.stdout) as { ok: boolean; error: { code: string } }).error.code).toBe("NRS_CLI_NO_SIRET");
  });

  it("a bad purchase row: its line and column, exit code 1, nothing written", async () => {
    const project = freshCopy();
    const file = join(project, "donnees/2025/achats.csv");
    const rows = readFileSync(file, "utf8").split("\n");
    rows[3] = "epci;2025-03-07;informatique-telephonie;Écrans;41 500 €;0,00;";
    writeFileSync(file, rows.join("\n"));
    const out = join(project, "..", "agec58.csv"); // outside the project: nrs never replaces a file inside it
    const r = await nrs(["export", "agec58", project, "--year", "2025", "--out", out]);
    expect(r.code).toBe(1);
    const column = "epci;2025-03-07;informatique-telephonie;Écrans;".length + 1;
    expect(r.stderr).toContain(`donnees/2025/achats.csv:4:${column} erreur NRS_NOT_A_NUMBER`);
    expect(r.stderr).toContain("NRS_CLI_DATA_ERRORS");
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it("a donation above the reuse amount: reported on the montant_don cell", async () => {
    const project = freshCopy();
    const file = join(project, "donnees/2025/achats.csv");
    const rows = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l, i) => `${l};${i === 0 ? "montant_don" : ""}`);
    rows[2] = "epci;2025-02-04;informatique-telephonie;Portables;1000,00;500,00;;600,00";
    writeFileSync(file, `${rows.join("\n")}\n`);
    const r = await nrs(["export", "agec58", project, "--year", "2025", "--out", join(project, "a.csv"), "--lang", "en"]);
    expect(r.code).toBe(1);
    const column = "epci;2025-02-04;informatique-telephonie;Portables;1000,00;500,00;;".length + 1;
    expect(r.stderr).toContain(`donnees/2025/achats.csv:3:${column} error NRS_AGEC_DONATION_ABOVE_REUSE`);
  });
});
