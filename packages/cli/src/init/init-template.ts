import { PLACEHOLDER_SIREN } from "../project/placeholder-siren.js";
import { schemaUrl } from "./schema-url.js";

/**
 * The files `nrs init` writes: a small, valid starting project whose example values say what to
 * replace. JSON has no comments, so explanations live in README.md and in the `commentaire` members the
 * formats allow. Keyed by path relative to the project folder.
 */
export function initTemplate(year: number): Record<string, string> {
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  return {
    "README.md": readme(year),
    "nrs.json": json({
      $schema: schemaUrl("nrs"),
      $comment:
        "Réglages du projet pour la commande nrs. langue : fr ou en (langue des messages et des rapports ; --lang l'emporte). Voir README.md.",
      langue: "fr",
    }),
    "collectivite.json": json({
      $schema: schemaUrl("collectivite"),
      commentaire:
        "À compléter : remplacez les valeurs d'exemple (nom, SIREN, population, communes membres). Ajoutez siret (14 chiffres, commençant par le SIREN) pour nrs export agec58. Pour une commune : type COMMUNE, codeInsee, et pas de communesMembres.",
      type: "EPCI_FP",
      nom: "Communauté d'agglomération (à renommer)",
      siren: PLACEHOLDER_SIREN,
      population: { valeur: 60000, type: "totale", millesime: year - 2 },
      communesMembres: [
        { nom: "Commune membre A (à renommer)", codeInsee: "01001" },
        { nom: "Commune membre B (à renommer)", codeInsee: "01002" },
      ],
    }),
    "programme-de-travail.json": json({
      $schema: schemaUrl("programme-de-travail"),
      commentaire:
        "Programme de travail (décret 2022-1084, dû au 1er janvier 2023) : acteurs publics et privés associés, bilan de l'impact environnemental du numérique et de ses usages sur le territoire, synthèse des actions déjà engagées.",
      collectivite: { siren: PLACEHOLDER_SIREN },
      adoption: { date: "2022-12-15", deliberation: "À compléter : numéro de la délibération" },
      acteurs: [
        { nom: "Direction des systèmes d'information (exemple)", nature: "PUBLIC", role: "Pilotage de l'inventaire du parc" },
        { nom: "Structure de réemploi du territoire (exemple)", nature: "PRIVE", role: "Reconditionnement des équipements sortis" },
      ],
      bilanImpactEnvironnemental: {
        synthese: "À compléter : résumé du bilan de l'impact environnemental du numérique de la collectivité (voir « nrs footprint »).",
      },
      bilanUsages: {
        synthese: "À compléter : résumé des usages du numérique sur le territoire (services en ligne, inclusion numérique, données).",
      },
      syntheseActionsEngagees: [
        {
          libelle: "À compléter : une action déjà engagée (exemple : allongement de la durée d'usage des postes)",
          axe: "CYCLE_DE_VIE_MATERIEL",
          annee: year - 1,
        },
      ],
    }),
    "strategie.json": json({
      $schema: schemaUrl("strategie"),
      commentaire:
        "Stratégie numérique responsable (due au 1er janvier 2025) : objectifs de réduction de l'empreinte, indicateurs de suivi liés aux objectifs, mesures et moyens. Les six axes du décret sont facultatifs ; les codes d'indicateurs calculables sont ceux du catalogue de @nrs/indicators.",
      collectivite: { siren: PLACEHOLDER_SIREN },
      version: "0.1",
      adoption: { date: "2024-12-12", deliberation: "À compléter : numéro de la délibération" },
      periode: { debut: year, fin: year + 5 },
      objectifs: [
        {
          id: "OBJ-1",
          axe: "COMMANDE_PUBLIQUE",
          libelle: "Exemple : inclure des clauses environnementales dans tous les marchés numériques",
          temporalite: "PLURIANNUEL",
          cibles: [
            {
              indicateur: "part-marches-clauses-environnementales",
              anneeReference: year - 1,
              valeurReference: 20,
              anneeCible: year + 3,
              valeurCible: 100,
            },
          ],
        },
      ],
      indicateurs: [
        {
          code: "part-marches-clauses-environnementales",
          libelle: {
            fr: "Part des marchés numériques comportant des clauses environnementales",
            en: "Share of digital contracts with environmental clauses",
          },
          unite: "%",
          sens: "HAUSSE",
          periodicite: "annuelle",
          axe: "COMMANDE_PUBLIQUE",
          source: "Service de la commande publique (relevé manuel)",
        },
      ],
      mesures: [
        {
          id: "MES-1",
          libelle: "Exemple : clause type « réemploi et réparabilité » dans le cahier des charges",
          axe: "COMMANDE_PUBLIQUE",
          objectifs: ["OBJ-1"],
          statut: "A_FAIRE",
          niveauEngagement: "REALISATION",
        },
      ],
      moyens: { budgetEuros: 0, etp: "0.5", description: "À compléter : budget et équipe dédiés." },
    }),
    [`bilans/${year}.json`]: json({
      $schema: schemaUrl("bilan-annuel"),
      collectivite: { siren: PLACEHOLDER_SIREN },
      annee: year,
      versionStrategie: "0.1",
      rapportDd: { exerciceBudgetaire: year + 1, datePresentation: `${year + 1}-03-01` },
      valeurs: [
        {
          indicateur: "part-marches-clauses-environnementales",
          valeur: 20,
          date: `${year}-12-31`,
          nature: "PERIODE",
          dateDebut: `${year}-01-01`,
          perimetre: "ADMINISTRATION",
          source: "Exemple : relevé du service de la commande publique",
          qualite: "MESUREE",
        },
      ],
      avancementMesures: [{ mesure: "MES-1", statut: "A_FAIRE", commentaire: "Exemple : avancement de la mesure pendant l'année" }],
      commentaires: [
        "Bilan annuel : section du rapport sur la situation en matière de développement durable (CGCT art. L. 2311-1-1), présentée avant le débat budgétaire.",
      ],
    }),
    [`donnees/${year}/territoire.json`]: json({
      commentaire:
        "Empreinte numérique du territoire (décret 2022-1084) : l'évaluation nationale ADEME–Arcep déclinée avec la population de collectivite.json. Chaque donnée locale remplace une moyenne nationale : menages (recensement INSEE) pour les terminaux, abonnementsFixes (données ouvertes Arcep) pour les réseaux ; centresDeDonnees.comptage = usage (part des centres qui servent le territoire, par défaut) ou implantation (électricité des salles situées sur le territoire), jamais les deux. Retirez les champs que vous ne connaissez pas. Voir docs/methodology/territoire.md.",
      edition: "2025",
      menages: 27000,
      abonnementsFixes: 25000,
      centresDeDonnees: {
        comptage: "usage",
        sites: [
          {
            nom: "Exemple : salle informatique située sur le territoire (à remplacer ou retirer)",
            energieInformatiqueKWh: 100000,
            pue: 1.6,
          },
        ],
      },
      partAdministration: true,
      sources: ["À compléter : d'où viennent les ménages, les abonnements et les relevés des salles"],
    }),
    [`donnees/${year}/inventaire.csv`]:
      "type;quantite;date_acquisition;duree_vie_annees;origine;entite;identifiant;commentaire\n" +
      `ordinateur_portable;10;${year - 2}-03-15;5;neuf;epci;EXEMPLE-1;Exemple : remplacez ces lignes par votre parc\n` +
      `ecran;10;${year - 2}-03-15;;reemploi;01001;EXEMPLE-2;Exemple : durée de vie vide = valeur par défaut du type\n`,
  };
}

function readme(year: number): string {
  return `# Projet de stratégie numérique responsable

Ce dossier a été créé par \`nrs init\`. Il suit le format de projet du SDK @nrs
(loi n° 2021-1485 art. 35, décret n° 2022-1084, CGCT art. D. 2311-15-1).
Les valeurs sont des **exemples** à remplacer ; les champs \`commentaire\` et \`$comment\` peuvent rester.

| Fichier | Contenu |
|---|---|
| \`collectivite.json\` | la collectivité : type (COMMUNE ou EPCI_FP), nom, SIREN (et SIRET pour la déclaration AGEC art. 58), population, communes membres |
| \`programme-de-travail.json\` | le programme de travail : acteurs associés, bilan d'impact, actions déjà engagées |
| \`strategie.json\` | la stratégie : objectifs (par axe), indicateurs de suivi, cibles, mesures, moyens |
| \`bilans/<année>.json\` | le bilan annuel de l'année (section du rapport développement durable) |
| \`donnees/<année>/inventaire.csv\` | l'inventaire du parc : une ligne par lot d'équipements identiques |
| \`donnees/<année>/*.csv\` | achats, sorties, événements, audits RGESN et RGAA, mesures EcoIndex, données ouvertes |
| \`donnees/<année>/territoire.json\` | les données locales du territoire (ménages, abonnements fixes, centres de données) pour \`nrs footprint --perimetre territoire\` |
| \`nrs.json\` | réglages : langue |

Les formats de fichiers sont décrits dans la documentation du SDK :
https://github.com/nrs-sdk/nrs/tree/main/docs/formats (\`nrs-json.md\`, \`documents.md\`, \`inventaire.md\`,
\`donnees-annuelles.md\`). Les fichiers JSON portent un \`$schema\` : un éditeur (VS Code…) les complète
et les vérifie pendant la saisie.

## Ensuite

\`\`\`sh
nrs validate .                  # chaque problème avec fichier:ligne:colonne, puis la conformité
nrs footprint . --year ${year}       # empreinte de l'inventaire
nrs indicators . --year ${year}      # valeurs des indicateurs
nrs report . --year ${year} --format html --out bilan-${year}.html
\`\`\`

Ajoutez \`--lang en\` pour des messages en anglais et \`--json\` pour une sortie lisible par un programme.

---

*English:* a starting project folder for a French local authority's sustainable digital strategy. Replace the
example values, then run \`nrs validate .\`.
`;
}
