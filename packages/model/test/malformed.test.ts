import { describe, expect, it } from "vitest";
import { parseBilan, parseCollectivite, parseProgramme, parseStrategy } from "../src/index.js";
import { bilan, commune, epci, programme, strategie } from "./helpers/documents.js";

type Kind = "collectivite" | "programme" | "strategie" | "bilan";
const PARSERS = { collectivite: parseCollectivite, programme: parseProgramme, strategie: parseStrategy, bilan: parseBilan };
/** A JSON value as the parsers receive it. */
type Json = string | number | boolean | null | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

function isJsonObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A fresh JSON copy of a valid document, to mutate into an invalid one. */
function json(doc: object): JsonObject {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  if (!isJsonObject(copy)) throw new Error("a fixture document is a JSON object");
  return copy;
}

/** The object at `path` inside a document (a test error if the fixture has none there). */
function at(doc: JsonObject, ...path: (string | number)[]): JsonObject {
  let node: Json | undefined = doc;
  for (const key of path) node = Array.isArray(node) ? node[Number(key)] : isJsonObject(node) ? node[String(key)] : undefined;
  if (!isJsonObject(node)) throw new Error(`the fixture has no object at ${path.join(".")}`);
  return node;
}

const BASE: Record<Kind, () => JsonObject> = {
  collectivite: () => json(epci()),
  programme: () => json(programme()),
  strategie: () => json(strategie()),
  bilan: () => json(bilan()),
};

// [kind, what is wrong, document (mutation of a valid one, or a whole value), expected code, expected path]
type Bad = [Kind, string, ((d: JsonObject) => unknown) | { whole: unknown }, string, (string | number)[]];

const CORPUS: Bad[] = [
  // --- whole documents ---
  ["collectivite", "null document", { whole: null }, "NRS_INVALID_TYPE", []],
  ["programme", "array instead of object", { whole: [] }, "NRS_INVALID_TYPE", []],
  ["strategie", "string instead of object", { whole: "strategie" }, "NRS_INVALID_TYPE", []],
  ["bilan", "number instead of object", { whole: 2025 }, "NRS_INVALID_TYPE", []],
  // --- collectivité ---
  [
    "collectivite",
    "SIREN with a wrong check digit",
    (d) => {
      d.siren = "299900018";
    },
    "NRS_INVALID_SIREN",
    ["siren"],
  ],
  [
    "collectivite",
    "SIREN with 8 digits",
    (d) => {
      d.siren = "29990001";
    },
    "NRS_INVALID_SIREN",
    ["siren"],
  ],
  [
    "collectivite",
    "SIREN with spaces",
    (d) => {
      d.siren = "299 900 019";
    },
    "NRS_INVALID_SIREN",
    ["siren"],
  ],
  [
    "collectivite",
    "SIRET with a wrong check digit",
    (d) => {
      d.siret = "29990001900011";
    },
    "NRS_INVALID_SIRET",
    ["siret"],
  ],
  [
    "collectivite",
    "SIRET of another SIREN",
    (d) => {
      d.siret = "73282932000074";
    },
    "NRS_SIRET_NOT_OF_SIREN",
    ["siret"],
  ],
  [
    "collectivite",
    "SIREN as a number",
    (d) => {
      d.siren = 299900019;
    },
    "NRS_INVALID_TYPE",
    ["siren"],
  ],
  [
    "collectivite",
    "missing SIREN",
    (d) => {
      delete d.siren;
    },
    "NRS_REQUIRED",
    ["siren"],
  ],
  [
    "collectivite",
    "unknown type",
    (d) => {
      d.type = "DEPARTEMENT";
    },
    "NRS_INVALID_VALUE",
    ["type"],
  ],
  [
    "collectivite",
    "empty name",
    (d) => {
      d.nom = "";
    },
    "NRS_TOO_SHORT",
    ["nom"],
  ],
  [
    "collectivite",
    "population as a string",
    (d) => {
      at(d, "population").valeur = "80000";
    },
    "NRS_INVALID_TYPE",
    ["population", "valeur"],
  ],
  [
    "collectivite",
    "negative population",
    (d) => {
      at(d, "population").valeur = -1;
    },
    "NRS_TOO_SMALL",
    ["population", "valeur"],
  ],
  [
    "collectivite",
    "fractional population",
    (d) => {
      at(d, "population").valeur = 80000.5;
    },
    "NRS_INVALID_TYPE",
    ["population", "valeur"],
  ],
  [
    "collectivite",
    "unknown population kind",
    (d) => {
      at(d, "population").type = "légale";
    },
    "NRS_INVALID_VALUE",
    ["population", "type"],
  ],
  [
    "collectivite",
    "vintage out of range",
    (d) => {
      at(d, "population").millesime = 21;
    },
    "NRS_TOO_SMALL",
    ["population", "millesime"],
  ],
  [
    "collectivite",
    "negative agents",
    (d) => {
      d.agentsEtp = -3;
    },
    "NRS_NEGATIVE",
    ["agentsEtp"],
  ],
  [
    "collectivite",
    "agents as text",
    (d) => {
      d.agentsEtp = "beaucoup";
    },
    "NRS_INVALID_FORMAT",
    ["agentsEtp"],
  ],
  [
    "collectivite",
    "EPCI without member communes",
    (d) => {
      d.communesMembres = [];
    },
    "NRS_EPCI_WITHOUT_MEMBERS",
    ["communesMembres"],
  ],
  [
    "collectivite",
    "member with INSEE 20xxx",
    (d) => {
      at(d, "communesMembres", 1).codeInsee = "20004";
    },
    "NRS_INVALID_INSEE",
    ["communesMembres", 1, "codeInsee"],
  ],
  [
    "collectivite",
    "member INSEE code too short",
    (d) => {
      at(d, "communesMembres", 0).codeInsee = "2690";
    },
    "NRS_INVALID_INSEE",
    ["communesMembres", 0, "codeInsee"],
  ],
  [
    "collectivite",
    "duplicate member",
    (d) => {
      at(d, "communesMembres", 1).codeInsee = "26901";
    },
    "NRS_DUPLICATE_MEMBER",
    ["communesMembres", 1, "codeInsee"],
  ],
  [
    "collectivite",
    "unknown field (typo)",
    (d) => {
      d.popluation = 1;
    },
    "NRS_UNKNOWN_KEY",
    [],
  ],
  [
    "collectivite",
    "commune without INSEE code",
    () => {
      const c = commune();
      delete c.codeInsee;
      return c;
    },
    "NRS_COMMUNE_WITHOUT_INSEE",
    ["codeInsee"],
  ],
  [
    "collectivite",
    "commune with members",
    () => ({ ...commune(), communesMembres: [{ nom: "X", codeInsee: "26902" }] }),
    "NRS_COMMUNE_WITH_MEMBERS",
    ["communesMembres"],
  ],
  // --- programme de travail ---
  [
    "programme",
    "missing acteurs",
    (d) => {
      delete d.acteurs;
    },
    "NRS_REQUIRED",
    ["acteurs"],
  ],
  [
    "programme",
    "actor with unknown nature",
    (d) => {
      at(d, "acteurs", 0).nature = "ASSOCIATIF";
    },
    "NRS_INVALID_VALUE",
    ["acteurs", 0, "nature"],
  ],
  [
    "programme",
    "actor without role",
    (d) => {
      delete at(d, "acteurs", 1).role;
    },
    "NRS_REQUIRED",
    ["acteurs", 1, "role"],
  ],
  [
    "programme",
    "actor SIRET of 9 digits",
    (d) => {
      at(d, "acteurs", 0).siret = "299900019";
    },
    "NRS_INVALID_SIRET",
    ["acteurs", 0, "siret"],
  ],
  [
    "programme",
    "adoption date in French format",
    (d) => {
      at(d, "adoption").date = "15/12/2022";
    },
    "NRS_INVALID_DATE",
    ["adoption", "date"],
  ],
  [
    "programme",
    "adoption on 31 November",
    (d) => {
      at(d, "adoption").date = "2022-11-31";
    },
    "NRS_INVALID_DATE",
    ["adoption", "date"],
  ],
  [
    "programme",
    "empty bilan synthesis",
    (d) => {
      at(d, "bilanUsages").synthese = "";
    },
    "NRS_TOO_SHORT",
    ["bilanUsages", "synthese"],
  ],
  [
    "programme",
    "key figure not a number",
    (d) => {
      at(d, "bilanImpactEnvironnemental", "chiffresCles", 0).valeur = "812,5";
    },
    "NRS_INVALID_FORMAT",
    ["bilanImpactEnvironnemental", "chiffresCles", 0, "valeur"],
  ],
  [
    "programme",
    "action with unknown axis",
    (d) => {
      at(d, "syntheseActionsEngagees", 0).axe = "AXE_2";
    },
    "NRS_INVALID_VALUE",
    ["syntheseActionsEngagees", 0, "axe"],
  ],
  [
    "programme",
    "collectivité SIREN wrong",
    (d) => {
      at(d, "collectivite").siren = "123456789";
    },
    "NRS_INVALID_SIREN",
    ["collectivite", "siren"],
  ],
  // --- stratégie ---
  [
    "strategie",
    "missing version",
    (d) => {
      delete d.version;
    },
    "NRS_REQUIRED",
    ["version"],
  ],
  [
    "strategie",
    "period years as strings",
    (d) => {
      at(d, "periode").debut = "2024";
    },
    "NRS_INVALID_TYPE",
    ["periode", "debut"],
  ],
  [
    "strategie",
    "objectives not an array",
    (d) => {
      d.objectifs = {};
    },
    "NRS_INVALID_TYPE",
    ["objectifs"],
  ],
  [
    "strategie",
    "objective id with a space",
    (d) => {
      at(d, "objectifs", 0).id = "O 1";
    },
    "NRS_INVALID_ID",
    ["objectifs", 0, "id"],
  ],
  [
    "strategie",
    "objective with unknown axis",
    (d) => {
      at(d, "objectifs", 2).axe = "ECO_CONCEPTION";
    },
    "NRS_INVALID_VALUE",
    ["objectifs", 2, "axe"],
  ],
  [
    "strategie",
    "objective with unknown temporality",
    (d) => {
      at(d, "objectifs", 0).temporalite = "MENSUEL";
    },
    "NRS_INVALID_VALUE",
    ["objectifs", 0, "temporalite"],
  ],
  [
    "strategie",
    "objective deadline not a date",
    (d) => {
      at(d, "objectifs", 0).echeance = "fin 2027";
    },
    "NRS_INVALID_DATE",
    ["objectifs", 0, "echeance"],
  ],
  [
    "strategie",
    "target value NaN-like text",
    (d) => {
      at(d, "objectifs", 0, "cibles", 0).valeurCible = "NaN";
    },
    "NRS_INVALID_FORMAT",
    ["objectifs", 0, "cibles", 0, "valeurCible"],
  ],
  [
    "strategie",
    "target value null",
    (d) => {
      at(d, "objectifs", 0, "cibles", 0).valeurReference = null;
    },
    "NRS_INVALID_TYPE",
    ["objectifs", 0, "cibles", 0, "valeurReference"],
  ],
  [
    "strategie",
    "target value Infinity",
    (d) => {
      at(d, "objectifs", 0, "cibles", 0).valeurCible = Number.POSITIVE_INFINITY;
    },
    "NRS_NOT_A_NUMBER",
    ["objectifs", 0, "cibles", 0, "valeurCible"],
  ],
  [
    "strategie",
    "target year fractional",
    (d) => {
      at(d, "objectifs", 1, "cibles", 0).anneeCible = 2025.5;
    },
    "NRS_INVALID_TYPE",
    ["objectifs", 1, "cibles", 0, "anneeCible"],
  ],
  [
    "strategie",
    "target without indicator",
    (d) => {
      delete at(d, "objectifs", 1, "cibles", 0).indicateur;
    },
    "NRS_REQUIRED",
    ["objectifs", 1, "cibles", 0, "indicateur"],
  ],
  [
    "strategie",
    "indicator without label",
    (d) => {
      delete at(d, "indicateurs", 0).libelle;
    },
    "NRS_REQUIRED",
    ["indicateurs", 0, "libelle"],
  ],
  [
    "strategie",
    "indicator label as a string",
    (d) => {
      at(d, "indicateurs", 0).libelle = "Part";
    },
    "NRS_INVALID_TYPE",
    ["indicateurs", 0, "libelle"],
  ],
  [
    "strategie",
    "indicator with unknown direction",
    (d) => {
      at(d, "indicateurs", 1).sens = "MONTEE";
    },
    "NRS_INVALID_VALUE",
    ["indicateurs", 1, "sens"],
  ],
  [
    "strategie",
    "indicator with unknown periodicity",
    (d) => {
      at(d, "indicateurs", 1).periodicite = "Annuelle";
    },
    "NRS_INVALID_VALUE",
    ["indicateurs", 1, "periodicite"],
  ],
  [
    "strategie",
    "indicator with empty unit",
    (d) => {
      at(d, "indicateurs", 2).unite = "";
    },
    "NRS_TOO_SHORT",
    ["indicateurs", 2, "unite"],
  ],
  [
    "strategie",
    "measure with unknown status",
    (d) => {
      at(d, "mesures", 0).statut = "TERMINE";
    },
    "NRS_INVALID_VALUE",
    ["mesures", 0, "statut"],
  ],
  [
    "strategie",
    "measure with unknown commitment level",
    (d) => {
      at(d, "mesures", 0).niveauEngagement = "PROJET";
    },
    "NRS_INVALID_VALUE",
    ["mesures", 0, "niveauEngagement"],
  ],
  [
    "strategie",
    "measure objectives as a string",
    (d) => {
      at(d, "mesures", 3).objectifs = "O4";
    },
    "NRS_INVALID_TYPE",
    ["mesures", 3, "objectifs"],
  ],
  [
    "strategie",
    "measure with negative budget",
    (d) => {
      at(d, "mesures", 0).budgetEuros = "-500";
    },
    "NRS_NEGATIVE",
    ["mesures", 0, "budgetEuros"],
  ],
  [
    "strategie",
    "measure start 2024-02-30",
    (d) => {
      at(d, "mesures", 0).dateDebut = "2024-02-30";
    },
    "NRS_INVALID_DATE",
    ["mesures", 0, "dateDebut"],
  ],
  [
    "strategie",
    "means budget with a comma",
    (d) => {
      at(d, "moyens").budgetEuros = "120 000,00";
    },
    "NRS_INVALID_FORMAT",
    ["moyens", "budgetEuros"],
  ],
  [
    "strategie",
    "means FTE negative",
    (d) => {
      at(d, "moyens").etp = -1;
    },
    "NRS_NEGATIVE",
    ["moyens", "etp"],
  ],
  [
    "strategie",
    "unknown field in a measure",
    (d) => {
      at(d, "mesures", 0).responsable = "DSI";
    },
    "NRS_UNKNOWN_KEY",
    ["mesures", 0],
  ],
  // --- bilan ---
  [
    "bilan",
    "year as a string",
    (d) => {
      d.annee = "2025";
    },
    "NRS_INVALID_TYPE",
    ["annee"],
  ],
  [
    "bilan",
    "missing rapport DD",
    (d) => {
      delete d.rapportDd;
    },
    "NRS_REQUIRED",
    ["rapportDd"],
  ],
  [
    "bilan",
    "presentation on 30 February",
    (d) => {
      at(d, "rapportDd").datePresentation = "2026-02-30";
    },
    "NRS_INVALID_DATE",
    ["rapportDd", "datePresentation"],
  ],
  [
    "bilan",
    "value without date",
    (d) => {
      delete at(d, "valeurs", 0).date;
    },
    "NRS_REQUIRED",
    ["valeurs", 0, "date"],
  ],
  [
    "bilan",
    "value as boolean",
    (d) => {
      at(d, "valeurs", 2).valeur = true;
    },
    "NRS_INVALID_TYPE",
    ["valeurs", 2, "valeur"],
  ],
  [
    "bilan",
    "value as empty string",
    (d) => {
      at(d, "valeurs", 2).valeur = "";
    },
    "NRS_INVALID_FORMAT",
    ["valeurs", 2, "valeur"],
  ],
  [
    "bilan",
    "value with unknown nature",
    (d) => {
      at(d, "valeurs", 0).nature = "FLUX";
    },
    "NRS_INVALID_VALUE",
    ["valeurs", 0, "nature"],
  ],
  [
    "bilan",
    "value with unknown perimeter",
    (d) => {
      at(d, "valeurs", 0).perimetre = "EPCI";
    },
    "NRS_INVALID_VALUE",
    ["valeurs", 0, "perimetre"],
  ],
  [
    "bilan",
    "value with unknown quality level",
    (d) => {
      at(d, "valeurs", 0).qualite = "BONNE";
    },
    "NRS_INVALID_VALUE",
    ["valeurs", 0, "qualite"],
  ],
  [
    "bilan",
    "value without source",
    (d) => {
      delete at(d, "valeurs", 4).source;
    },
    "NRS_REQUIRED",
    ["valeurs", 4, "source"],
  ],
  [
    "bilan",
    "progress above 100 %",
    (d) => {
      at(d, "avancementMesures", 0).avancementPct = 120;
    },
    "NRS_PERCENT_OVER_100",
    ["avancementMesures", 0, "avancementPct"],
  ],
  [
    "bilan",
    "progress a hair above 100 % (a float would round it to 100)",
    (d) => {
      at(d, "avancementMesures", 0).avancementPct = "100.00000000000000000001";
    },
    "NRS_PERCENT_OVER_100",
    ["avancementMesures", 0, "avancementPct"],
  ],
  [
    "bilan",
    "spending with a 1000-digit exponent",
    (d) => {
      at(d, "avancementMesures", 0).depensesEuros = "1e1000";
    },
    "NRS_NUMBER_TOO_LONG",
    ["avancementMesures", 0, "depensesEuros"],
  ],
  [
    "bilan",
    "progress negative",
    (d) => {
      at(d, "avancementMesures", 0).avancementPct = "-5";
    },
    "NRS_NEGATIVE",
    ["avancementMesures", 0, "avancementPct"],
  ],
  [
    "bilan",
    "progress of unknown status",
    (d) => {
      at(d, "avancementMesures", 1).statut = "ABANDONNE";
    },
    "NRS_INVALID_VALUE",
    ["avancementMesures", 1, "statut"],
  ],
  [
    "bilan",
    "comments as a string",
    (d) => {
      d.commentaires = "RAS";
    },
    "NRS_INVALID_TYPE",
    ["commentaires"],
  ],
  [
    "bilan",
    "fiscal year out of range",
    (d) => {
      at(d, "rapportDd").exerciceBudgetaire = 99999;
    },
    "NRS_TOO_BIG",
    ["rapportDd", "exerciceBudgetaire"],
  ],
];

describe("malformed documents", () => {
  it("the corpus has at least 50 documents", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CORPUS)("%s: %s → %s", (kind, _what, make, code, path) => {
    let doc: unknown;
    if (typeof make === "function") {
      const base = BASE[kind]();
      const returned = make(base);
      doc = returned === undefined ? base : returned;
    } else {
      doc = make.whole;
    }
    const r = PARSERS[kind](doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const hit = r.errors.find((e) => e.code === code && JSON.stringify(e.path) === JSON.stringify(path));
    expect(hit, JSON.stringify(r.errors.map((e) => [e.code, e.path]))).toBeDefined();
    for (const e of r.errors) {
      expect(e.severity).toBe("error");
      expect(e.message.fr.length).toBeGreaterThan(0);
      expect(e.message.en.length).toBeGreaterThan(0);
    }
  });
});
