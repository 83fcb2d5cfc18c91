import type { Message } from "@nrs/core";

/** The text of `nrs --help`, in French and English. */
export const HELP: Message = {
  fr: `nrs — stratégie numérique responsable (loi 2021-1485 art. 35, décret 2022-1084)

Usage : nrs <commande> [dossier] [options]

Commandes :
  init <dossier>                      crée un dossier de projet de départ, commenté
  validate <dossier>                  vérifie chaque fichier puis la conformité au décret
  footprint <dossier> [--year A] [--perimetre administration|territoire|tout]
                                      empreinte du parc et de l'hébergement, avec ventilations ;
                                      du territoire (territoire.json, ADEME–Arcep déclinée)
  indicators <dossier> [--year A]     valeurs des indicateurs de la stratégie
  report <dossier> --year A --format html|md|json --out FICHIER
                                      bilan annuel (section du rapport développement durable)
  export opendata|agec58 <dossier> --year A --out FICHIER
                                      export CSV : données ouvertes (indicateurs), ou déclaration
                                      AGEC art. 58 des achats (achats.csv ; SIRET dans collectivite.json)

Options :
  --json         sortie JSON (un document sur la sortie standard) pour les scripts
  --lang fr|en   langue des messages et des rapports (fr par défaut)
  -y, --year     année (par défaut : la dernière du dossier)
  -o, --out      fichier de sortie
  -q, --quiet    ni barre de progression ni notes
  -h, --help     cette aide ;  -V, --version  la version

Codes de sortie : 0 ok, 1 erreurs dans les données, 2 ligne de commande invalide,
3 fichier illisible ou impossible à écrire, 70 erreur interne.
`,
  en: `nrs — sustainable digital strategy of French local authorities (law 2021-1485 art. 35, decree 2022-1084)

Usage: nrs <command> [folder] [options]

Commands:
  init <folder>                       writes a commented starting project folder
  validate <folder>                   checks every file, then compliance with the decree
  footprint <folder> [--year Y] [--perimetre administration|territoire|tout]
                                      footprint of the device estate and hosting, with breakdowns;
                                      of the territory (territoire.json, ADEME–Arcep downscaled)
  indicators <folder> [--year Y]      values of the strategy's indicators
  report <folder> --year Y --format html|md|json --out FILE
                                      annual report (bilan annuel)
  export opendata|agec58 <folder> --year Y --out FILE
                                      CSV export: open data (indicators), or the AGEC art. 58
                                      declaration of purchases (achats.csv; SIRET in collectivite.json)

Options:
  --json         JSON output (one document on standard output) for scripts
  --lang fr|en   language of messages and reports (default fr)
  -y, --year     year (default: the latest in the folder)
  -o, --out      output file
  -q, --quiet    no progress bar, no notes
  -h, --help     this help;  -V, --version  the version

Exit codes: 0 ok, 1 errors in the data, 2 invalid command line,
3 file cannot be read or written, 70 internal error.
`,
};
