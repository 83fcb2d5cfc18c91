import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostileCopy, nrsIn } from "./hostile-project.js";

// Bad input about shared organisations: each case breaks a copy of the example, and the error must come
// with its code at the file:line:column the case computes from the text it wrote (not from the CLI's
// own JSON locator), in French and English, with exit code 1 and no stack trace.

interface Service {
  code: string;
  nom: string;
  entites: string[];
  cle: string;
  parts?: Record<string, string>;
}
interface Collectivite {
  entitesLiees: Record<string, unknown>[];
  servicesPartages: Service[];
}

/** The 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split("\n").length}:${offset - before.lastIndexOf("\n")}`;
}

/** Rewrites collectivite.json and returns where the value after the first `needle` starts (line:column). */
function editCollectivite(p: string, edit: (c: Collectivite) => void, needle: string): string {
  const file = join(p, "collectivite.json");
  const c = JSON.parse(readFileSync(file, "utf8")) as Collectivite;
  edit(c);
  const text = JSON.stringify(c, null, 2);
  writeFileSync(file, text);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`needle ${needle} not written`);
  return position(text, at + needle.length);
}

/** Sets the `entite` cell of line 2 of a data CSV to `value`; returns the cell's line:column. */
function editCsvEntity(p: string, file: string, value: string): string {
  const path = join(p, file);
  const lines = readFileSync(path, "utf8").split("\n");
  const index = (lines[0] ?? "").split(";").indexOf("entite");
  const cells = (lines[1] ?? "").split(";");
  cells[index] = value;
  lines[1] = cells.join(";");
  writeFileSync(path, lines.join("\n"));
  return `2:${cells.slice(0, index).join(";").length + (index > 0 ? 1 : 0) + 1}`;
}

interface Case {
  readonly name: string;
  /** Breaks the copy; returns the file and line:column the error must name. */
  readonly breakIt: (p: string) => readonly [file: string, where: string];
  readonly command: string;
  readonly code: string;
  readonly en: RegExp;
}

const SPL = { code: "spl-numerique", nom: "SPL Numérique du Val", type: "SPL", siren: "732829320" };

const CASES: Case[] = [
  {
    name: "shares adding up to 0.99",
    breakIt: (p) => [
      "collectivite.json",
      editCollectivite(p, (c) => (c.servicesPartages[0]!.parts!["ccas-fictive-sur-val"] = "0.04"), '"parts": '),
    ],
    command: "validate",
    code: "NRS_SHARES_NOT_ONE",
    en: /The shares add up to 0\.99 instead of exactly 1\./,
  },
  {
    name: "shares adding up to more than 1",
    breakIt: (p) => ["collectivite.json", editCollectivite(p, (c) => (c.servicesPartages[0]!.parts!.epci = "0.75"), '"parts": ')],
    command: "footprint",
    code: "NRS_SHARES_NOT_ONE",
    en: /The shares add up to 1\.05 instead of exactly 1\./,
  },
  {
    name: "key agents without the agents of a member commune",
    breakIt: (p) => [
      "collectivite.json",
      editCollectivite(
        p,
        (c) => {
          const s = c.servicesPartages[0]!;
          s.cle = "agents";
          delete s.parts;
        },
        '"cle": ',
      ),
    ],
    command: "validate",
    code: "NRS_ALLOCATION_KEY_NO_DATA",
    en: /Key "agents" needs agentsEtp for every entity of the service; no figure for: 26901\./,
  },
  {
    name: "key population for an entity without population",
    breakIt: (p) => [
      "collectivite.json",
      editCollectivite(
        p,
        (c) => {
          const s = c.servicesPartages[0]!;
          s.cle = "population";
          delete s.parts;
        },
        '"cle": ',
      ),
    ],
    command: "indicators",
    code: "NRS_ALLOCATION_KEY_NO_DATA",
    en: /no figure for: ccas-fictive-sur-val\./,
  },
  {
    name: "key equipements for an entity with no device in the inventory",
    breakIt: (p) => [
      "collectivite.json",
      editCollectivite(
        p,
        (c) => {
          c.entitesLiees.push(SPL);
          const s = c.servicesPartages[0]!;
          s.cle = "equipements";
          s.entites.push(SPL.code);
          delete s.parts;
        },
        '"cle": ',
      ),
    ],
    command: "footprint",
    code: "NRS_ALLOCATION_KEY_NO_DATA",
    en: /Key "equipements" of service "dsi-mutualisee": no device in the inventory for spl-numerique\./,
  },
  {
    name: "a shared service naming an undeclared entity",
    breakIt: (p) => [
      "collectivite.json",
      editCollectivite(
        p,
        (c) => {
          const s = c.servicesPartages[0]!;
          s.entites[2] = "cias";
          s.parts = { epci: "0.7", "26901": "0.25", cias: "0.05" };
        },
        '"entites": [\n        "epci",\n        "26901",\n        ',
      ),
    ],
    command: "validate",
    code: "NRS_UNDECLARED_ENTITY",
    en: /Entity "cias" is not declared: add it to entitesLiees/,
  },
  ...(
    [
      ["donnees/2025/evenements.csv", "indicators"],
      ["donnees/2025/sorties.csv", "validate"],
      ["donnees/2025/achats.csv", "report"],
      ["donnees/2025/inventaire.csv", "footprint"],
    ] as const
  ).map(([file, command]): Case => ({
    name: `an undeclared entity in ${file} (nrs ${command})`,
    breakIt: (p) => [file, editCsvEntity(p, file, "cias")],
    command,
    code: "NRS_UNKNOWN_ENTITY",
    en: /Entity "cias" is not declared \(expected: epci, 26901, .*\): declare it in collectivite\.json/,
  })),
];

describe("bad input about shared organisations: an error at its file:line:column", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { project, root, cleanup } = hostileCopy();
      try {
        const [file, where] = c.breakIt(project);
        const argv = [c.command, project, "--year", "2025"];
        const [fr, en] = await Promise.all([nrsIn(root, argv), nrsIn(root, [...argv, "--lang", "en"])]);
        expect(fr.code, fr.stdout + fr.stderr).toBe(1);
        const frText = fr.stdout + fr.stderr;
        const enText = en.stdout + en.stderr;
        expect(frText).toContain(`${file}:${where} erreur ${c.code}`);
        const line = enText.split("\n").find((l) => l.includes(`${file}:${where} error ${c.code}`));
        expect(line, enText).toMatch(c.en);
        expect(enText).not.toMatch(/^\s+at /m);
      } finally {
        cleanup();
      }
    });
  }
});
