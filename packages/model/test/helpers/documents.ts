import type { BilanAnnuelInput, CollectiviteInput, ProgrammeDeTravailInput, StrategieInput } from "../../src/index.js";

// Small valid documents (JSON inputs) that tests mutate: each call returns a fresh copy.
export const SIREN = "299900019";
export const OTHER_SIREN = "299900027";

export function epci(): CollectiviteInput {
  return {
    type: "EPCI_FP",
    nom: "Communauté d'agglomération de Test",
    siren: SIREN,
    population: { valeur: 80000, type: "totale", millesime: 2021 },
    agentsEtp: "950.5",
    communesMembres: [
      { nom: "Testville", codeInsee: "26901", population: { valeur: 60000, type: "totale", millesime: 2021 } },
      { nom: "Essai-sur-Mer", codeInsee: "2A901" },
    ],
  };
}

export function commune(): CollectiviteInput {
  return {
    type: "COMMUNE",
    nom: "Testville",
    siren: SIREN,
    codeInsee: "26901",
    population: { valeur: 60000, type: "totale", millesime: 2021 },
    agentsEtp: 700,
  };
}

export function programme(): ProgrammeDeTravailInput {
  return {
    collectivite: { siren: SIREN, nom: "Testville" },
    adoption: { date: "2022-12-15", deliberation: "DEL-2022-1" },
    acteurs: [
      { nom: "Direction du numérique", nature: "PUBLIC", role: "Pilotage" },
      { nom: "Recyclerie du Test", nature: "PRIVE", role: "Réemploi" },
    ],
    bilanImpactEnvironnemental: {
      synthese: "Le parc compte 1 200 postes.",
      chiffresCles: [{ libelle: "Empreinte carbone", valeur: "812.5", unite: "tCO2e", annee: 2022, source: "Outil INR" }],
    },
    bilanUsages: { synthese: "Couverture FTTH de 88 %." },
    syntheseActionsEngagees: [{ libelle: "PC gardés 6 ans", axe: "CYCLE_DE_VIE_MATERIEL", annee: 2021 }],
  };
}

const AXES = [
  "COMMANDE_PUBLIQUE",
  "CYCLE_DE_VIE_MATERIEL",
  "ECOCONCEPTION",
  "SENSIBILISATION_ELUS_AGENTS",
  "SENSIBILISATION_CITOYENS_INCLUSION",
  "TERRITOIRE_CONNECTE_DONNEES",
] as const;

/** A strategy with one objective per axis (O1..O6), indicator i1..i6 (HAUSSE) with a 2025 target, measure M1..M6. */
export function strategie(): StrategieInput {
  return {
    collectivite: { siren: SIREN },
    version: "1.0",
    adoption: { date: "2024-12-12", deliberation: "DEL-2024-1" },
    periode: { debut: 2024, fin: 2029 },
    objectifs: AXES.map((axe, k) => ({
      id: `O${k + 1}`,
      axe,
      libelle: `Objectif ${k + 1}`,
      temporalite: "PLURIANNUEL",
      echeance: "2027-12-31",
      cibles: [{ indicateur: `i${k + 1}`, anneeReference: 2023, valeurReference: 10, anneeCible: 2025, valeurCible: "20.5" }],
    })),
    indicateurs: AXES.map((axe, k) => ({
      code: `i${k + 1}`,
      libelle: { fr: `Indicateur ${k + 1}`, en: `Indicator ${k + 1}` },
      unite: "%",
      sens: "HAUSSE",
      periodicite: "annuelle",
      axe,
    })),
    mesures: AXES.map((axe, k) => ({
      id: `M${k + 1}`,
      libelle: `Mesure ${k + 1}`,
      axe,
      objectifs: [`O${k + 1}`],
      statut: "EN_COURS",
      niveauEngagement: "REALISATION",
      dateDebut: "2024-01-01",
      dateFin: "2026-12-31",
      budgetEuros: 1000,
    })),
    moyens: { budgetEuros: "120000", etp: 1.5, autres: ["Réseau d'ambassadeurs"] },
  };
}

/** A 2025 bilan of {@link strategie} with every targeted value and every measure's progress. */
export function bilan(): BilanAnnuelInput {
  return {
    collectivite: { siren: SIREN },
    annee: 2025,
    versionStrategie: "1.0",
    rapportDd: { exerciceBudgetaire: 2026, datePresentation: "2026-02-05", dateDebatBudgetaire: "2026-02-26" },
    valeurs: [1, 2, 3, 4, 5, 6].map((k) => ({
      indicateur: `i${k}`,
      valeur: 15 + k,
      date: "2025-12-31",
      nature: "PERIODE",
      dateDebut: "2025-01-01",
      perimetre: "ADMINISTRATION",
      source: "Registre",
      qualite: "MESUREE",
    })),
    avancementMesures: [1, 2, 3, 4, 5, 6].map((k) => ({ mesure: `M${k}`, statut: "EN_COURS", avancementPct: 50 })),
  };
}
