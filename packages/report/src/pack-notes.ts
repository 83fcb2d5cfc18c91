import type { Lang, Message } from "@nrs/core";

// The default factor pack (`@nrs/footprint`'s fr-ademe 1.2.0) carries some of its sources and licences as
// English notes copied from the project's sourced table. A French bilan must not print them in English:
// each known note has its French wording here (same facts, nothing added). A note this table does not know
// is written as the pack gives it. The lasting fix is bilingual notes in the pack itself (a follow-up).
// A string is the French wording, the English being the note itself; a Message where the English differs.
const NOTES: Readonly<Record<string, string | Message>> = {
  "ADEME publicodes-acv-numerique (source of construction values not stated in file)":
    "ADEME publicodes-acv-numerique (origine des valeurs de fabrication non indiquée dans le fichier)",
  "MIT (code); data origin not stated -> unconfirmed": {
    fr: "MIT (code)\u00A0; origine des données non indiquée, valeur non confirmée",
    en: "MIT (code); data origin not stated, value unconfirmed",
  },
  "Arcep publication": "publication de l'Arcep",
  "Arcep 'Pour un numérique soutenable' 2025 edition as reported by banquedesterritoires.fr":
    "Arcep, « Pour un numérique soutenable », édition 2025, citée par banquedesterritoires.fr",
  "Arcep 2025 edition as reported by banquedesterritoires.fr": "Arcep, édition 2025, citée par banquedesterritoires.fr",
  "Data centres in France, average PUE": "Centres de données en France, PUE moyen",
  "DINUM MiNumEco, « Impact des bonnes pratiques » n° 6 « Organiser son environnement de travail » (2021-11-23), citing ADEME (Centre de ressources bilans GES; Guide de la communication responsable)":
    "DINUM MiNumEco, « Impact des bonnes pratiques » n° 6 « Organiser son environnement de travail » (2021-11-23), citant l'ADEME (Centre de ressources bilans GES\u00A0; Guide de la communication responsable)",
  "French government publication (licence of the page not stated in the file read); figure from ADEME":
    "publication de l'État (licence de la page non indiquée dans le fichier lu)\u00A0; chiffre de l'ADEME",
  "ODbL 1.0 (database) + DbCL 1.0 (contents), Boavizta environmental-footprint-data: attribution required; share-alike: these derived rows are available under ODbL 1.0":
    "ODbL 1.0 (base) + DbCL 1.0 (contenu), Boavizta environmental-footprint-data\u00A0: attribution requise\u00A0; partage à l'identique\u00A0: ces lignes dérivées sont disponibles sous ODbL 1.0",
};

// Notes of one shape with a varying part (a year, a version).
const PATTERNS: readonly { readonly re: RegExp; readonly fr: string }[] = [
  {
    re: /^ADEME Base Empreinte '([^']+)' as quoted in ADEME publicodes-commun$/,
    fr: "ADEME Base Empreinte « $1 », citée dans ADEME publicodes-commun",
  },
  {
    re: /^Boavizta environmental-footprint-data \(boavizta-data-us\.csv\), Google product environmental report: (.+) \(rank (\d+) of (\d+) by gwp_total\); range over the \d+: (.+)$/,
    fr: "Boavizta environmental-footprint-data (boavizta-data-us.csv), déclaration environnementale de produit Google\u00A0: $1 (rang $2 sur $3 par gwp_total)\u00A0; étendue sur les $3\u00A0: $4",
  },
  {
    re: /^ADEME \(Base Empreinte 'bdd numérique' \/ NegaOctet-in-Base IMPACTS\) as encoded in ADEME's publicodes-acv-numerique (v[\d.]+)$/,
    fr: "ADEME (Base Empreinte « bdd numérique » / NegaOctet dans la Base IMPACTS), telle que l'encode publicodes-acv-numerique $1 de l'ADEME",
  },
];

/** A factor pack's source or licence note in the document's language (as given when unknown). */
export function packNote(note: string, lang: Lang): string {
  if (Object.hasOwn(NOTES, note)) {
    const known = NOTES[note]!;
    return typeof known !== "string" ? known[lang] : lang === "fr" ? known : note;
  }
  if (lang === "fr") for (const p of PATTERNS) if (p.re.test(note)) return note.replace(p.re, p.fr);
  return note;
}
