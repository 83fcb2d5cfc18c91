import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostileCopy, nrsIn } from "./hostile-project.js";

/** One hostile input: how to break a copy of the example, what to run, and the code and exit expected. */
interface Case {
  readonly name: string;
  readonly breakIt: (p: string) => void;
  readonly argv: (p: string) => string[];
  readonly exit: number;
  /** The error or problem code the output must name. */
  readonly code: string;
  /** Text the human output must hold (a path, a line). */
  readonly shows?: string;
  /** A file that must be left as it was. */
  readonly intact?: string;
  /** The human output must hold no escape character. */
  readonly inert?: boolean;
}

const ESC_NAME = "Ville\u001b]0;pwned\u0007\u001b[2J";
const rename = (p: string): void => {
  const file = join(p, "collectivite.json");
  writeFileSync(file, readFileSync(file, "utf8").replace(/"nom": "[^"]*"/, `"nom": ${JSON.stringify(ESC_NAME)}`));
};

const latin1 = (text: string): Buffer => Buffer.from(text, "latin1");
const replaceFile = (p: string, file: string, make: (path: string) => void): void => {
  rmSync(join(p, file), { force: true });
  make(join(p, file));
};
const INV = "donnees/2025/inventaire.csv";

const CASES: Case[] = [
  // 1. Data loss through --out.
  ...["donnees/2025/inventaire.csv", "donnees/2025/achats.csv", "collectivite.json", "bilans/2025.json", "nrs.json"].map((file): Case => ({
    name: `--out onto ${file}`,
    breakIt: () => {},
    argv: (p) => ["export", "opendata", p, "--year", "2025", "--out", join(p, file)],
    exit: 2,
    code: "NRS_CLI_BAD_OUT",
    intact: file,
  })),
  {
    name: "report --out onto the strategy",
    breakIt: () => {},
    argv: (p) => ["report", p, "--out", join(p, "strategie.json")],
    exit: 2,
    code: "NRS_CLI_BAD_OUT",
    intact: "strategie.json",
  },
  { name: '--out ""', breakIt: () => {}, argv: (p) => ["report", p, "--out", ""], exit: 2, code: "NRS_CLI_EMPTY_VALUE" },
  {
    name: "--year twice",
    breakIt: () => {},
    argv: (p) => ["footprint", p, "--year", "2024", "--year", "2025"],
    exit: 2,
    code: "NRS_CLI_REPEATED_OPTION",
  },
  // 2. Inputs that are not readable regular files are errors, never "absent".
  {
    name: "inventaire.csv is a folder",
    breakIt: (p) => replaceFile(p, INV, (f) => mkdirSync(f)),
    argv: (p) => ["validate", p],
    exit: 3,
    code: "NRS_CLI_NOT_A_FILE",
    shows: "inventaire.csv",
  },
  {
    name: "inventaire.csv is a dangling link",
    breakIt: (p) => replaceFile(p, INV, (f) => symlinkSync(join(p, "nowhere.csv"), f)),
    argv: (p) => ["footprint", p],
    exit: 3,
    code: "NRS_CLI_DANGLING_LINK",
    shows: "inventaire.csv",
  },
  {
    name: "inventaire.csv is a loop of links",
    breakIt: (p) =>
      replaceFile(p, INV, (f) => {
        symlinkSync(`${f}.b`, f);
        symlinkSync(f, `${f}.b`);
      }),
    argv: (p) => ["export", "opendata", p, "--out", join(p, "..", "x.csv")],
    exit: 3,
    code: "NRS_CLI_LINK_LOOP",
  },
  {
    name: "inventaire.csv is a FIFO",
    breakIt: (p) => replaceFile(p, INV, (f) => execFileSync("mkfifo", [f])),
    argv: (p) => ["indicators", p],
    exit: 3,
    code: "NRS_CLI_NOT_A_FILE",
  },
  {
    name: "collectivite.json is a FIFO",
    breakIt: (p) => replaceFile(p, "collectivite.json", (f) => execFileSync("mkfifo", [f])),
    argv: (p) => ["validate", p],
    exit: 3,
    code: "NRS_CLI_NOT_A_FILE",
    shows: "collectivite.json",
  },
  {
    name: "achats.csv is a folder",
    breakIt: (p) => replaceFile(p, "donnees/2025/achats.csv", (f) => mkdirSync(f)),
    argv: (p) => ["export", "agec58", p, "--out", join(p, "..", "a.csv")],
    exit: 3,
    code: "NRS_CLI_NOT_A_FILE",
  },
  {
    name: "bilans/2025.json is a folder",
    breakIt: (p) => replaceFile(p, "bilans/2025.json", (f) => mkdirSync(f)),
    argv: (p) => ["report", p],
    exit: 3,
    code: "NRS_CLI_NOT_A_FILE",
  },
  {
    name: "hebergement.json links to a device",
    breakIt: (p) => replaceFile(p, "donnees/2025/hebergement.json", (f) => symlinkSync("/dev/zero", f)),
    argv: (p) => ["footprint", p],
    exit: 3,
    code: "NRS_CLI_NOT_A_FILE",
  },
  // Stray folders are named.
  {
    name: "a stray donnees/0000/",
    breakIt: (p) => mkdirSync(join(p, "donnees/0000")),
    argv: (p) => ["validate", p],
    exit: 0,
    code: "NRS_STRAY_ENTRY",
    shows: "donnees/0000",
  },
  // 9. Encoding: every text file, not only the inventory.
  {
    name: "Latin-1 collectivite.json",
    breakIt: (p) => writeFileSync(join(p, "collectivite.json"), latin1(readFileSync(join(p, "collectivite.json"), "utf8"))),
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_FILE_BAD_ENCODING",
    shows: "collectivite.json:",
  },
  {
    name: "Latin-1 achats.csv",
    breakIt: (p) =>
      writeFileSync(
        join(p, "donnees/2025/achats.csv"),
        latin1("entite;date;categorie;libelle;montant_ht\nepci;2025-01-01;informatique-telephonie;Matériel;10\n"),
      ),
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_FILE_BAD_ENCODING",
    shows: "achats.csv:2:",
  },
  {
    name: "Latin-1 evenements.csv",
    breakIt: (p) =>
      writeFileSync(
        join(p, "donnees/2025/evenements.csv"),
        Buffer.concat([readFileSync(join(p, "donnees/2025/evenements.csv")), latin1("é")]),
      ),
    argv: (p) => ["indicators", p],
    exit: 1,
    code: "NRS_FILE_BAD_ENCODING",
  },
  {
    name: "Latin-1 hebergement.json",
    breakIt: (p) =>
      writeFileSync(
        join(p, "donnees/2025/hebergement.json"),
        latin1(readFileSync(join(p, "donnees/2025/hebergement.json"), "utf8").replace("{", '{"commentaire":"é",')),
      ),
    argv: (p) => ["footprint", p],
    exit: 1,
    code: "NRS_FILE_BAD_ENCODING",
  },
  // JSON with a key given twice: JSON.parse keeps the last value silently, so the other is lost.
  {
    name: "a key given twice in collectivite.json",
    breakIt: (p) => {
      const file = join(p, "collectivite.json");
      writeFileSync(file, readFileSync(file, "utf8").replace("{", '{"nom": "Autre nom",'));
    },
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_JSON_DUPLICATE_KEY",
    shows: "collectivite.json:3:3",
  },
  // JSON syntax errors that the engine reports without a position (« Unexpected token »): a comment, NaN.
  {
    name: "a comment at the top of collectivite.json",
    breakIt: (p) => {
      const file = join(p, "collectivite.json");
      writeFileSync(file, `// exported by hand\n${readFileSync(file, "utf8")}`);
    },
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_JSON_SYNTAX",
    shows: "collectivite.json:1:1",
  },
  {
    name: "NaN as a value in bilans/2025.json",
    breakIt: (p) => {
      const file = join(p, "bilans/2025.json");
      writeFileSync(file, readFileSync(file, "utf8").replace(/("annee":\s*)2025/, "$1NaN"));
    },
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_JSON_SYNTAX",
    shows: "2025.json:6:12",
  },
  // 8. Terminal injection: names and entities holding escape sequences are printed inert.
  {
    name: "escape sequences in the name, nrs export agec58",
    breakIt: rename,
    argv: (p) => ["export", "agec58", p, "--out", join(p, "..", "a.csv")],
    exit: 0,
    code: "58",
    inert: true,
  },
  {
    name: "escape sequences in an unknown entity of achats.csv",
    breakIt: (p) =>
      writeFileSync(
        join(p, "donnees/2025/achats.csv"),
        `entite;date;categorie;libelle;montant_ht\nX\u001b[2J\u0007\u009b31m;2025-01-01;informatique-telephonie;x;10\n`,
      ),
    argv: (p) => ["export", "agec58", p, "--out", join(p, "..", "a.csv")],
    exit: 1,
    code: "NRS_UNKNOWN_ENTITY",
    inert: true,
  },
  // 5, 6. Hostile settings and factor packs.
  {
    name: "a number in a column mapping (was exit 70)",
    breakIt: (p) => writeFileSync(join(p, "nrs.json"), '{"inventaire":{"correspondance":{"values":{"type":{"ecran":7}}}}}'),
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_INVALID_TYPE",
    shows: "nrs.json:1:",
  },
  {
    name: '"facteurs": "pack.json" (not a list)',
    breakIt: (p) => writeFileSync(join(p, "nrs.json"), '{"facteurs":"pack.json"}'),
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_INVALID_TYPE",
    shows: "nrs.json",
  },
  {
    name: "a factor pack outside the project (../../etc/passwd), its content never echoed",
    breakIt: (p) => writeFileSync(join(p, "nrs.json"), '{"facteurs":["../../../../../../etc/passwd"]}'),
    argv: (p) => ["footprint", p],
    exit: 1,
    code: "NRS_FACTOR_PACK_OUTSIDE",
  },
  {
    name: "a factor pack linked to /dev/urandom",
    breakIt: (p) => {
      symlinkSync("/dev/urandom", join(p, "pack.json"));
      writeFileSync(join(p, "nrs.json"), '{"facteurs":["pack.json"]}');
    },
    argv: (p) => ["footprint", p],
    exit: 1,
    code: "NRS_FACTOR_PACK_OUTSIDE",
  },
  {
    name: "a factor pack that is not JSON: no byte of it in the message",
    breakIt: (p) => {
      writeFileSync(join(p, "pack.json"), "root:x:0:0:SECRET-CONTENT:/root:/bin/bash\n");
      writeFileSync(join(p, "nrs.json"), '{"facteurs":["pack.json"]}');
    },
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_JSON_SYNTAX",
  },
  // 4. Factor packs with absurd values: refused, no negative footprint.
  ...(
    [
      ["power", -50],
      ["lifetime", 0],
      ["lifetime", -3],
      ["hoursPerDay", 30],
      ["power", "1e400"],
    ] as const
  ).map(([criterion, value]): Case => ({
    name: `a custom pack with ${criterion} ${value}`,
    breakIt: (p) => {
      const pack = {
        id: "mine",
        version: "1",
        title: { fr: "m", en: "m" },
        rows: [
          { id: "x", item: "ordinateur_portable", criterion, value, unit: "u", source: "s", year: 2025, geography: "FR", licence: "l" },
        ],
      };
      writeFileSync(join(p, "pack.json"), JSON.stringify(pack));
      writeFileSync(join(p, "nrs.json"), '{"facteurs":["pack.json"]}');
    },
    argv: (p) => ["validate", p],
    exit: 1,
    code: "NRS_OUT_OF_BOUNDS",
    shows: "pack.json:1:",
  })),
  {
    name: "an amount of 1e400 in achats.csv",
    breakIt: (p) =>
      writeFileSync(
        join(p, "donnees/2025/achats.csv"),
        "entite;date;categorie;libelle;montant_ht\nepci;2025-01-01;informatique-telephonie;x;1e400\n",
      ),
    argv: (p) => ["export", "agec58", p, "--out", join(p, "..", "a.csv")],
    exit: 1,
    code: "NRS_OUT_OF_BOUNDS",
    shows: "achats.csv:2:",
  },
];

describe("hostile corpus: each case gives its code and exit code, with no data lost", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const { project, root, cleanup } = hostileCopy();
      try {
        const intact = c.intact ? join(project, c.intact) : undefined;
        const before = intact && existsSync(intact) ? readFileSync(intact) : undefined;
        c.breakIt(project);
        const text = await nrsIn(root, c.argv(project));
        expect(text.code, text.stderr).toBe(c.exit);
        expect(`${text.stdout}${text.stderr}`).toContain(c.code);
        if (c.shows) expect(`${text.stdout}${text.stderr}`).toContain(c.shows);
        expect(text.stderr).not.toMatch(/^\s+at /m);
        // eslint-disable-next-line no-control-regex -- ESC, BEL and CSI start terminal sequences: none may be printed
        if (c.inert) expect(`${text.stdout}${text.stderr}`).not.toMatch(/[\u001b\u0007\u009b]/);
        const json = await nrsIn(root, [...c.argv(project), "--json"]);
        expect(json.code).toBe(c.exit);
        expect(JSON.stringify(JSON.parse(json.stdout))).toContain(c.code);
        expect(`${text.stdout}${text.stderr}${json.stdout}`).not.toMatch(/SECRET-CONTENT|root:x:0/);
        if (intact) expect(existsSync(intact) ? readFileSync(intact) : undefined).toEqual(before);
      } finally {
        cleanup();
      }
    });
  }
});
