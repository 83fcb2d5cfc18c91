import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nrs, tempDir, type CliRun } from "./run-built-cli.js";

// A raw French GLPI export (its own column labels, quoted cells, statuses, DD-MM-YYYY dates, the
// whole estate's common type names) dropped into a folder made by `nrs init`, with only
// { "inventaire": { "glpi": {} } } in nrs.json.
const HEADER = [
  "Nom",
  "Entité",
  "Statut",
  "Fabricant",
  "Numéro de série",
  "Type",
  "Modèle",
  "Lieu",
  "Dernière modification",
  "Date d'achat",
  "Date de réforme",
];
const ROWS: string[][] = [
  [
    "PC-001",
    "Entité racine > Mairie",
    "En service",
    "Dell",
    "5CG001",
    "Portable",
    "Latitude 5420",
    "Hôtel de ville",
    "15-01-2025 10:32",
    "22-07-2021",
    "",
  ],
  [
    "PC-002",
    "Entité racine > Mairie",
    "En service",
    "Dell",
    "5CG002",
    "Unité centrale",
    "OptiPlex 7090",
    "Hôtel de ville",
    "15-01-2025 10:32",
    "03-02-2022",
    "",
  ],
  [
    "EC-001",
    "Entité racine > Mairie",
    "En service",
    "Dell",
    "CN001",
    "Moniteur",
    "P2422H",
    "Hôtel de ville",
    "15-01-2025 10:32",
    "03-02-2022",
    "",
  ],
  [
    "TEL-001",
    "Entité racine > Mairie",
    "En service",
    "Samsung",
    "R58001",
    "Téléphone portable",
    "Galaxy A54",
    "Hôtel de ville",
    "15-01-2025 10:32",
    "20-05-2023",
    "",
  ],
  [
    "TEL-002",
    "Entité racine > Mairie",
    "En service",
    "Nokia",
    "N001",
    "Téléphone basique",
    "105",
    "Police municipale",
    "15-01-2025 10:32",
    "20-05-2023",
    "",
  ],
  [
    "TAB-001",
    "Entité racine > Écoles",
    "En service",
    "Apple",
    "DMP001",
    "Tablette",
    "iPad 9",
    "École Jaurès",
    "15-01-2025 10:32",
    "01-09-2022",
    "",
  ],
  [
    "IMP-001",
    "Entité racine > Mairie",
    "En service",
    "HP",
    "CN0IMP",
    "Imprimante multifonction",
    "LaserJet M480",
    "Hôtel de ville",
    "15-01-2025 10:32",
    "10-10-2020",
    "",
  ],
  [
    "VP-001",
    "Entité racine > Mairie",
    "En stock",
    "Epson",
    "X001",
    "Vidéoprojecteur",
    "EB-W51",
    "Salle du conseil",
    "15-01-2025 10:32",
    "",
    "",
  ],
  [
    "TBI-001",
    "Entité racine > Écoles",
    "En service",
    "Promethean",
    "P001",
    "TBI",
    "ActivPanel 9",
    "École Jaurès",
    "15-01-2025 10:32",
    "01-09-2021",
    "",
  ],
  [
    "SW-001",
    "Entité racine > Mairie",
    "En service",
    "Cisco",
    "FOC001",
    "Switch",
    "Catalyst 9200",
    "Local technique",
    "15-01-2025 10:32",
    "30.06.2020",
    "",
  ],
  [
    "RT-001",
    "Entité racine > Mairie",
    "En service",
    "Cisco",
    "FOC002",
    "Routeur",
    "ISR 1100",
    "Local technique",
    "15-01-2025 10:32",
    "30.06.2020",
    "",
  ],
  [
    "FW-001",
    "Entité racine > Mairie",
    "En service",
    "Fortinet",
    "FG001",
    "Pare-feu",
    "FortiGate 60F",
    "Local technique",
    "15-01-2025 10:32",
    "30.06.2020",
    "",
  ],
  [
    "AP-001",
    "Entité racine > Médiathèque",
    "En service",
    "Aruba",
    "AP001",
    "Point d'accès Wi-Fi",
    "AP-515",
    "Médiathèque",
    "15-01-2025 10:32",
    "01-03-2022",
    "",
  ],
  [
    "CAM-001",
    "Entité racine > Mairie",
    "En service",
    "Axis",
    "ACCC001",
    "Caméra de vidéoprotection",
    "P3265-LVE",
    "Parvis de la mairie",
    "15-01-2025 10:32",
    "15-04-2022",
    "",
  ],
  [
    "IOT-001",
    "Entité racine > Écoles",
    "En service",
    "Elsys",
    "ERS001",
    "Capteur connecté",
    "ERS CO2",
    "École Jaurès",
    "15-01-2025 10:32",
    "01-09-2023",
    "",
  ],
  [
    "CH-001",
    "Entité racine > Mairie",
    "En service",
    "Dell",
    "CH001",
    "Chargeur PC",
    "65 W",
    "Hôtel de ville",
    "15-01-2025 10:32",
    "22-07-2021",
    "",
  ],
  [
    "CH-002",
    "Entité racine > Mairie",
    "En service",
    "Samsung",
    "CH002",
    "Chargeur téléphone",
    "25 W",
    "Hôtel de ville",
    "15-01-2025 10:32",
    "20-05-2023",
    "",
  ],
  [
    "PC-OLD-1",
    "Entité racine > Écoles",
    "Rebut",
    "Lenovo",
    "PF001",
    "Portable",
    "ThinkPad E14",
    "École Jaurès",
    "20-03-2024 16:45",
    "12-09-2016",
    "10-03-2024",
  ],
  [
    "PC-OLD-2",
    "Entité racine > Écoles",
    "HS",
    "Lenovo",
    "PF002",
    "Portable",
    "ThinkPad E14",
    "École Jaurès",
    "20-03-2024 16:45",
    "12-09-2016",
    "",
  ],
];
const TYPES = [
  "ordinateur_portable",
  "ordinateur_fixe",
  "ecran",
  "smartphone",
  "telephone_basique",
  "tablette",
  "imprimante",
  "videoprojecteur",
  "ecran_interactif",
  "switch",
  "routeur",
  "pare_feu",
  "borne_wifi",
  "camera_ip",
  "capteur_iot",
  "chargeur_ordinateur",
  "chargeur_smartphone",
];

const tmp = tempDir();
afterAll(tmp.cleanup);
let text: CliRun;
let json: CliRun;

beforeAll(async () => {
  const dir = join(tmp.dir, "commune");
  expect((await nrs(["init", dir])).code).toBe(0);
  const year = readdirSync(join(dir, "donnees"))[0] as string;
  const settingsFile = join(dir, "nrs.json");
  writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, "utf8")), inventaire: { glpi: {} } }, null, 2));
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(";");
  writeFileSync(join(dir, "donnees", year, "inventaire.csv"), `${[HEADER, ...ROWS].map(q).join("\r\n")}\r\n`);
  [text, json] = await Promise.all([nrs(["footprint", dir, "--year", year]), nrs(["footprint", dir, "--year", year, "--json"])]);
}, 120_000);

describe("nrs footprint on a raw French GLPI export", () => {
  it("exits 0 with no error and no warning about GLPI's own columns", () => {
    expect(text.code, text.stdout + text.stderr).toBe(0);
    expect(json.code).toBe(0);
    const all = text.stdout + text.stderr;
    expect(all).not.toMatch(/\berreur\b|NRS_INVENTORY_UNKNOWN_COLUMN|NRS_INVENTORY_UNKNOWN_TYPE|NRS_UNKNOWN_ENTITY|NRS_INVENTORY_BAD_DATE/);
  });

  it("leaves the scrapped assets out and says so", () => {
    expect(text.stdout).toContain("Lignes écartées : 2 sortis du parc (statut).");
    expect(text.stdout).toContain("19 lignes lues, 17 retenues, 0 refusées ; 17 équipements.");
  });

  it("computes every type of the export with a factor of the default pack", () => {
    const doc = JSON.parse(json.stdout) as Record<string, unknown>;
    const found = new Set<string>();
    JSON.stringify(doc, (k, v: unknown) => {
      if (TYPES.includes(k)) found.add(k);
      if (typeof v === "string" && TYPES.includes(v)) found.add(v);
      return v;
    });
    expect([...found].sort()).toEqual([...TYPES].sort());
    expect(json.stdout).not.toContain("NRS_UNKNOWN_DEVICE_TYPE");
  });
});
