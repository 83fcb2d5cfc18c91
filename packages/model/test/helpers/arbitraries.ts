import fc from "fast-check";

// Generators of structurally valid documents (JSON inputs). Identifiers come from small pools so
// that cross-references sometimes match and sometimes do not: the checks see both.
const text = fc.string({ minLength: 1, maxLength: 12 });
const id = fc.constantFrom("O1", "O2", "O3", "M1", "M2", "i1", "i2", "i3", "x.y-z_9");
const year = fc.integer({ min: 2015, max: 2040 });
const date = fc
  .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const decimal = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.nat({ max: 999999 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom("0", "1e-7", "123456789012345678901234567890.5", "1E+21"),
);
const nonNegative = fc.oneof(
  fc.nat({ max: 10_000_000 }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.constantFrom("0.000001", "99999999999.99"),
);
const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom("0.5", "99.99", "100"));
const axe = fc.constantFrom(
  "COMMANDE_PUBLIQUE",
  "CYCLE_DE_VIE_MATERIEL",
  "ECOCONCEPTION",
  "SENSIBILISATION_ELUS_AGENTS",
  "SENSIBILISATION_CITOYENS_INCLUSION",
  "TERRITOIRE_CONNECTE_DONNEES",
  "AUTRE",
);
const siren = fc.constantFrom("299900019", "299900027", "732829320");
const insee = fc.constantFrom("26901", "26902", "2A004", "2B033", "97411");
const statut = fc.constantFrom("A_FAIRE", "EN_COURS", "FINI");
const niveau = fc.constantFrom("REALISATION", "EXPERIMENTATION", "REFLEXION");
const ref = fc.record({ siren, nom: text }, { requiredKeys: ["siren"] });
const adoption = fc.record({ date, deliberation: text, instance: text }, { requiredKeys: ["date"] });
const population = fc.record({ valeur: fc.nat({ max: 3_000_000 }), type: fc.constantFrom("totale", "municipale"), millesime: year });

export const collectiviteArb = fc.oneof(
  fc.record(
    { type: fc.constant("COMMUNE"), nom: text, siren, codeInsee: insee, population, agentsEtp: nonNegative, siteWeb: text },
    { requiredKeys: ["type", "nom", "siren", "codeInsee", "population"] },
  ),
  fc.record(
    {
      type: fc.constant("EPCI_FP"),
      nom: text,
      siren,
      population,
      agentsEtp: nonNegative,
      communesMembres: fc.uniqueArray(
        fc.record({ nom: text, codeInsee: insee, siren, population }, { requiredKeys: ["nom", "codeInsee"] }),
        {
          minLength: 1,
          maxLength: 5,
          selector: (m) => m.codeInsee,
        },
      ),
    },
    { requiredKeys: ["type", "nom", "siren", "population", "communesMembres"] },
  ),
);

const bilanProgramme = fc.record(
  {
    synthese: text,
    chiffresCles: fc.array(
      fc.record(
        { libelle: text, valeur: decimal, unite: text, annee: year, source: text },
        { requiredKeys: ["libelle", "valeur", "unite"] },
      ),
      { maxLength: 3 },
    ),
    methode: text,
  },
  { requiredKeys: ["synthese"] },
);

export const programmeArb = fc.record(
  {
    collectivite: ref,
    adoption,
    acteurs: fc.array(fc.record({ nom: text, nature: fc.constantFrom("PUBLIC", "PRIVE"), role: text }), { maxLength: 4 }),
    bilanImpactEnvironnemental: bilanProgramme,
    bilanUsages: bilanProgramme,
    syntheseActionsEngagees: fc.array(fc.record({ libelle: text, axe, annee: year, description: text }, { requiredKeys: ["libelle"] }), {
      maxLength: 3,
    }),
    commentaire: fc.string(),
  },
  { requiredKeys: ["collectivite", "acteurs", "syntheseActionsEngagees"] },
);

const cible = fc.record({ indicateur: id, anneeReference: year, valeurReference: decimal, anneeCible: year, valeurCible: decimal });

export const strategieArb = fc.record(
  {
    collectivite: ref,
    version: text,
    adoption,
    periode: fc.record({ debut: year, fin: year }),
    objectifs: fc.array(
      fc.record(
        {
          id,
          axe,
          libelle: text,
          temporalite: fc.constantFrom("ANNUEL", "PLURIANNUEL"),
          echeance: date,
          cibles: fc.array(cible, { maxLength: 3 }),
          indicateurs: fc.array(id, { maxLength: 2 }),
        },
        { requiredKeys: ["id", "axe", "libelle", "temporalite", "cibles"] },
      ),
      { maxLength: 6 },
    ),
    indicateurs: fc.array(
      fc.record(
        {
          code: id,
          libelle: fc.record({ fr: text, en: text }, { requiredKeys: ["fr"] }),
          unite: text,
          sens: fc.constantFrom("HAUSSE", "BAISSE"),
          periodicite: fc.constantFrom("mensuelle", "annuelle", "autre"),
          axe,
          modeCalcul: text,
          source: text,
        },
        { requiredKeys: ["code", "libelle", "unite", "sens", "periodicite", "axe"] },
      ),
      { maxLength: 5 },
    ),
    mesures: fc.array(
      fc.record(
        {
          id,
          libelle: text,
          axe,
          objectifs: fc.array(id, { maxLength: 3 }),
          statut,
          niveauEngagement: niveau,
          temporalite: fc.constantFrom("ANNUEL", "PLURIANNUEL"),
          porteur: text,
          dateDebut: date,
          dateFin: date,
          budgetEuros: nonNegative,
        },
        { requiredKeys: ["id", "libelle", "axe", "objectifs", "statut", "niveauEngagement"] },
      ),
      { maxLength: 6 },
    ),
    moyens: fc.record(
      { budgetEuros: nonNegative, etp: nonNegative, autres: fc.array(text, { maxLength: 2 }), description: fc.string() },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["collectivite", "version", "periode", "objectifs", "indicateurs", "mesures"] },
);

export const bilanArb = fc.record(
  {
    collectivite: ref,
    annee: year,
    versionStrategie: text,
    rapportDd: fc.record(
      { exerciceBudgetaire: year, datePresentation: date, dateDebatBudgetaire: date, deliberation: text },
      { requiredKeys: ["exerciceBudgetaire", "datePresentation"] },
    ),
    valeurs: fc.array(
      fc.record(
        {
          indicateur: id,
          valeur: decimal,
          date,
          nature: fc.constantFrom("PERIODE", "STOCK"),
          dateDebut: date,
          perimetre: fc.constantFrom("ADMINISTRATION", "TERRITOIRE"),
          entite: fc.oneof(fc.constant("epci"), insee, text),
          source: text,
          qualite: fc.constantFrom("MESUREE", "CALCULEE", "ESTIMEE"),
          commentaire: fc.string(),
        },
        { requiredKeys: ["indicateur", "valeur", "date", "nature", "perimetre", "source", "qualite"] },
      ),
      { maxLength: 6 },
    ),
    avancementMesures: fc.array(
      fc.record(
        { mesure: id, statut, niveauEngagement: niveau, avancementPct: percent, depensesEuros: nonNegative, commentaire: fc.string() },
        { requiredKeys: ["mesure", "statut"] },
      ),
      { maxLength: 5 },
    ),
    commentaires: fc.array(text, { maxLength: 2 }),
  },
  { requiredKeys: ["collectivite", "annee", "rapportDd", "valeurs", "avancementMesures"] },
);
