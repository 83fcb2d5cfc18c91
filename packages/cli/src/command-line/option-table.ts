import type { Message } from "@nrs/core";

/**
 * How an option's value is read: `flag` takes none; `year` four digits; `choice` one of `choices`;
 * `text` any non-empty text (a path).
 */
export type OptionKind = "flag" | "text" | "year" | "choice";

/** One option of `nrs`: how it is written, what value it takes, and its help in French and English. */
export interface OptionSpec {
  readonly kind: OptionKind;
  /** One-letter alias (`-y`). */
  readonly short?: string;
  /** Accepted values of a `choice` option. */
  readonly choices?: readonly string[];
  /** Placeholder of the value in the help (`A`/`Y`, `FICHIER`/`FILE`). */
  readonly value?: Message;
  /** The error code of a value outside `choices` (`NRS_CLI_BAD_VALUE` by default). */
  readonly badValueCode?: string;
  /** Taken by every command (`--json`, `--lang`...). */
  readonly global?: boolean;
  readonly help: Message;
}

/**
 * Every option of `nrs`, the single place from which the parser, the typed {@link OptionValues} and
 * the help derive. A command lists the non-global options it takes in its entry of the command table.
 */
export const OPTIONS = {
  json: {
    kind: "flag",
    global: true,
    help: {
      fr: "sortie JSON (un document sur la sortie standard) pour les scripts",
      en: "JSON output (one document on standard output) for scripts",
    },
  },
  lang: {
    kind: "choice",
    choices: ["fr", "en"],
    badValueCode: "NRS_CLI_BAD_LANG",
    global: true,
    help: { fr: "langue des messages et des rapports (fr par défaut)", en: "language of messages and reports (default fr)" },
  },
  quiet: {
    kind: "flag",
    short: "q",
    global: true,
    help: {
      fr: "ni barre de progression, ni notes, ni confirmation des fichiers écrits",
      en: "no progress bar, no notes, no confirmation of the files written",
    },
  },
  help: { kind: "flag", short: "h", global: true, help: { fr: "cette aide", en: "this help" } },
  version: { kind: "flag", short: "V", global: true, help: { fr: "la version de nrs", en: "the version of nrs" } },
  year: {
    kind: "year",
    short: "y",
    value: { fr: "A", en: "Y" },
    help: { fr: "année (par défaut : la dernière du dossier)", en: "year (default: the latest in the folder)" },
  },
  format: {
    kind: "choice",
    short: "f",
    choices: ["html", "md", "markdown", "json", "docx"],
    badValueCode: "NRS_CLI_BAD_FORMAT",
    help: {
      fr: "format du rapport (html par défaut ; docx pour Word et LibreOffice, avec --out)",
      en: "format of the report (default html; docx for Word and LibreOffice, with --out)",
    },
  },
  out: {
    kind: "text",
    short: "o",
    value: { fr: "FICHIER", en: "FILE" },
    help: {
      fr: "fichier de sortie (un nouveau fichier, jamais un fichier lu par le projet)",
      en: "output file (a new file, never a file the project reads)",
    },
  },
  groupe: {
    kind: "choice",
    short: "g",
    choices: ["taille", "type"],
    help: {
      fr: "compare au sein des classes de population (taille) ou des communes / EPCI (type)",
      en: "compares within population classes (taille) or within communes / EPCI (type)",
    },
  },
  fragment: {
    kind: "flag",
    help: {
      fr: "HTML sans <html> ni <body>, styles limités au bloc, à coller dans une page (CMS)",
      en: "HTML without <html> or <body>, styles scoped to the block, to paste into a page (CMS)",
    },
  },
  force: {
    kind: "flag",
    help: {
      fr: "écrase les fichiers du modèle dans un dossier non vide",
      en: "overwrites the template's files in a folder that is not empty",
    },
  },
  perimetre: {
    kind: "choice",
    choices: ["administration", "territoire", "tout"],
    help: {
      fr: "périmètre de l'empreinte : administration (par défaut), territoire (territoire.json) ou tout",
      en: "footprint perimeter: administration (default), territoire (territoire.json) or tout (both)",
    },
  },
  entite: {
    kind: "text",
    short: "e",
    value: { fr: "CODE", en: "CODE" },
    help: {
      fr: "le bilan d'une seule entité de collectivite.json (epci, ou le code INSEE d'une commune membre qui a son SIREN) : ses chiffres, parts des services partagés comprises, son nom, son SIREN et ses obligations",
      en: "the bilan of one entity of collectivite.json (epci, or the INSEE code of a member commune with its SIREN): its figures, shares of shared services included, its name, SIREN and obligations",
    },
  },
  "toutes-entites": {
    kind: "flag",
    help: {
      fr: "un bilan par entité qui a son SIREN (rapport conjoint ville et métropole), écrits à côté de --out (FICHIER-<code>.ext)",
      en: "one bilan per entity with its own SIREN (joint city and metropolis report), written next to --out (FILE-<code>.ext)",
    },
  },
} as const satisfies Record<string, OptionSpec>;

/** The name of an option, e.g. `"year"`. */
export type OptionName = keyof typeof OPTIONS;

type ValueOf<S> = S extends { kind: "flag" }
  ? boolean
  : S extends { kind: "year" }
    ? number | undefined
    : S extends { kind: "choice"; choices: readonly (infer C)[] }
      ? C | undefined
      : string | undefined;

/** The value of every option once read: `false`/`undefined` when absent. */
export type OptionValues = { readonly [K in OptionName]: ValueOf<(typeof OPTIONS)[K]> };

/** How an option is written in the help: `-y, --year A`. */
export function optionSynopsis(name: OptionName, lang: "fr" | "en"): string {
  const spec: OptionSpec = OPTIONS[name];
  const value =
    spec.kind === "flag" ? "" : ` ${spec.choices ? spec.choices.filter((c) => c !== "markdown").join("|") : (spec.value?.[lang] ?? "")}`;
  return `${spec.short ? `-${spec.short}, ` : ""}--${name}${value}`;
}
