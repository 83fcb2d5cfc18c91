import { compareDecimalStrings, type DecimalInput, type Message, NrsError, toDecimalString } from "@nrs/core";
import type { Collectivite, TypePopulation } from "./collectivite.js";
import { type DateIso, isDateIso } from "./date-iso.js";
import { REFERENCES as R } from "./references.js";

/**
 * Defaults of the readings of the texts that are not confirmed, all overridable in
 * {@link ObligationsOptions}:
 * - `populationRetenue: "totale"`: CGCT R. 2151-2 makes the population totale the figure for the
 *   code's thresholds; that it applies to the SNR threshold is an inference.
 * - `seuilSnr: 50000`, compared strictly (« plus de 50 000 habitants »).
 * - `seuilOpenDataHabitants: 3500` and `seuilOpenDataAgents: 50`, both inclusive (the exemptions are
 *   « moins de 3 500 habitants » and fewer than 50 FTE); applied to communes and EPCI alike.
 * - `tauxAgec58Pct: 20`: share for computers and phones under décret n° 2021-254; the percentages of
 *   décret n° 2024-134 are unconfirmed.
 * - `debutBilanAnnuel: "2025-01-01"`: entry into force of the bilan in the rapport DD (L. 2311-1-1 as
 *   amended; date from the Assemblée nationale amendment, final text unconfirmed).
 *
 * @example
 * ```ts
 * import { OBLIGATIONS_DEFAULTS } from "@nrs/model";
 * console.log(OBLIGATIONS_DEFAULTS.seuilSnr); // 50000
 * ```
 */
export const OBLIGATIONS_DEFAULTS = {
  /** Population kind the thresholds read. */
  populationRetenue: "totale" as TypePopulation,
  /** SNR threshold (strictly more than). */
  seuilSnr: 50000,
  /** Open-data population threshold (at least). */
  seuilOpenDataHabitants: 3500,
  /** Open-data staff threshold in FTE (at least). */
  seuilOpenDataAgents: 50,
  /** AGEC art. 58 share for IT and phones, in %. */
  tauxAgec58Pct: 20,
  /** Date from which the bilan annuel is due. */
  debutBilanAnnuel: "2025-01-01",
} as const;

/**
 * Options of {@link obligations}: the date, the adoption dates to judge, and the unconfirmed readings.
 *
 * @example
 * ```ts
 * import type { ObligationsOptions } from "@nrs/model";
 * const options: ObligationsOptions = { on: "2025-06-01", populationRetenue: "municipale", adoptions: { strategie: "2024-12-12" } };
 * console.log(options.on);
 * ```
 */
export interface ObligationsOptions {
  /** The date on which to tell what applies (`YYYY-MM-DD` or a Date, read in UTC). */
  readonly on: DateIso | Date;
  /** Adoption dates to compare with the legal deadlines. */
  readonly adoptions?: {
    /** Adoption date of the programme de travail. */
    readonly programme?: DateIso | undefined;
    /** Adoption date of the strategy. */
    readonly strategie?: DateIso | undefined;
  };
  /** Population kind the thresholds read; a collectivité giving the other kind gets a caveat. */
  readonly populationRetenue?: TypePopulation;
  /** SNR threshold, compared strictly (default 50,000). */
  readonly seuilSnr?: number;
  /** Open-data population threshold, inclusive (default 3,500). */
  readonly seuilOpenDataHabitants?: number;
  /** Open-data staff threshold in FTE, inclusive (default 50). */
  readonly seuilOpenDataAgents?: DecimalInput;
  /** AGEC art. 58 minimum share for IT and phones, in % (default 20). */
  readonly tauxAgec58Pct?: DecimalInput;
  /** First date from which the bilan annuel is due (default 2025-01-01). */
  readonly debutBilanAnnuel?: DateIso;
}

/**
 * Codes of the obligations {@link obligations} knows.
 *
 * @example
 * ```ts
 * import { obligations, parseCollectivite, type CodeObligation } from "@nrs/model";
 * const c = parseCollectivite({ type: "COMMUNE", nom: "X", siren: "732829320", codeInsee: "26901", population: { valeur: 4000, type: "totale", millesime: 2021 } });
 * const codes: CodeObligation[] = c.ok ? obligations(c.value, { on: "2025-01-01" }).map((o) => o.code) : [];
 * console.log(codes.join(", "));
 * ```
 */
export type CodeObligation = "SNR" | "OPEN_DATA" | "AGEC_58" | "REEMPLOI_2023_266" | "RGAA";

/**
 * Where a deadline stands on the date asked: `A_VENIR` (not yet due, not adopted), `RESPECTEE`
 * (adopted on time), `ADOPTEE_EN_RETARD`, `EN_RETARD` (due, and no adoption date given), `PERIODIQUE` (recurring,
 * no fixed date).
 *
 * @example
 * ```ts
 * import type { StatutEcheance } from "@nrs/model";
 * const late = (s: StatutEcheance): boolean => s === "EN_RETARD" || s === "ADOPTEE_EN_RETARD";
 * console.log(late("RESPECTEE")); // false
 * ```
 */
export type StatutEcheance = "A_VENIR" | "RESPECTEE" | "ADOPTEE_EN_RETARD" | "EN_RETARD" | "PERIODIQUE";

/**
 * A deadline of an obligation.
 *
 * @example
 * ```ts
 * import { obligations, parseCollectivite, type Echeance } from "@nrs/model";
 * const c = parseCollectivite({ type: "COMMUNE", nom: "X", siren: "732829320", codeInsee: "26901", population: { valeur: 60000, type: "totale", millesime: 2021 } });
 * const due: Echeance[] = c.ok ? obligations(c.value, { on: "2024-01-01" }).flatMap((o) => o.echeances) : [];
 * console.log(due.map((e) => `${e.code} ${e.date ?? ""} ${e.statut}`));
 * ```
 */
export interface Echeance {
  /** Which deadline. */
  readonly code: "PROGRAMME_DE_TRAVAIL" | "STRATEGIE" | "BILAN_ANNUEL" | "DECLARATION_AGEC_58";
  /** Label. */
  readonly libelle: Message;
  /** Due date (« au plus tard »), when the text fixes one. */
  readonly date?: DateIso;
  /** When the deadline is relative (before the budget debate...), what it is relative to. */
  readonly quand?: Message;
  /** Adoption date given in the options, if any. */
  readonly adoptee?: DateIso;
  /** Where the deadline stands on the date asked. */
  readonly statut: StatutEcheance;
  /** True when adopted after the due date, or due and not adopted on the date asked. */
  readonly enRetard: boolean;
}

/**
 * An obligation and whether it applies to the collectivité on the date asked.
 *
 * @example
 * ```ts
 * import { obligations, parseCollectivite, type Obligation } from "@nrs/model";
 * const c = parseCollectivite({ type: "COMMUNE", nom: "X", siren: "732829320", codeInsee: "26901", population: { valeur: 60000, type: "totale", millesime: 2021 } });
 * const list: Obligation[] = c.ok ? obligations(c.value, { on: "2025-01-01" }) : [];
 * console.log(list.filter((o) => o.applicable).map((o) => o.code));
 * ```
 */
export interface Obligation {
  /** Which obligation. */
  readonly code: CodeObligation;
  /** Label. */
  readonly libelle: Message;
  /** `undefined` when the collectivité's data do not tell (e.g. no agent count for open data). */
  readonly applicable: boolean | undefined;
  /** Why it applies or not. */
  readonly motif: Message;
  /** Legal reference. */
  readonly ref: string;
  /** Deadlines (empty when none applies or the obligation does not apply). */
  readonly echeances: readonly Echeance[];
  /** The quantified target in force that year, where the text sets one (a percentage). */
  readonly cible?: {
    /** Target share, in % (a canonical decimal string). */
    readonly valeurPct: string;
    /** What the share measures. */
    readonly libelle: Message;
  };
  /** Caveats on the reading (e.g. the population kind given is not the one the threshold reads). */
  readonly avertissements: readonly Message[];
}

function dateOf(on: DateIso | Date): DateIso {
  if (on instanceof Date) {
    if (Number.isNaN(on.getTime())) throw bad(["on"], "Date invalide.", "Invalid date.");
    return on.toISOString().slice(0, 10);
  }
  if (typeof on !== "string" || !isDateIso(on))
    throw bad(["on"], "Date attendue au format AAAA-MM-JJ.", "Expected a date written YYYY-MM-DD.");
  return on;
}

function bad(path: (string | number)[], fr: string, en: string): NrsError {
  return new NrsError([{ code: "NRS_INVALID_OPTION", severity: "error", path, message: { fr, en } }]);
}

function deadline(code: Echeance["code"], libelle: Message, due: DateIso, on: DateIso, adopted: DateIso | undefined): Echeance {
  if (adopted !== undefined) {
    if (!isDateIso(adopted)) throw bad(["adoptions", code], "Date d'adoption invalide.", "Invalid adoption date.");
    const late = adopted > due;
    return { code, libelle, date: due, adoptee: adopted, statut: late ? "ADOPTEE_EN_RETARD" : "RESPECTEE", enRetard: late };
  }
  const overdue = on > due;
  return { code, libelle, date: due, statut: overdue ? "EN_RETARD" : "A_VENIR", enRetard: overdue };
}

const fmt = (n: number | string): string => toDecimalString(n);

/**
 * Tells which obligations apply to a collectivité on a date, each with its legal reference, its
 * deadlines and, when adoption dates are given, whether they were met: the stratégie numérique
 * responsable (strictly more than 50,000 inhabitants: programme de travail by 2023-01-01, strategy by
 * 2025-01-01, bilan every year in the rapport DD before the budget debate), open data by default
 * (at least 3,500 inhabitants and 50 FTE), AGEC art. 58 purchases, décret n° 2023-266 reuse of
 * retired IT equipment, and RGAA accessibility. Unconfirmed readings are options whose defaults are
 * {@link OBLIGATIONS_DEFAULTS}. Throws an `NrsError` (`NRS_INVALID_OPTION`) on a bad date.
 *
 * @example
 * ```ts
 * import { obligations, parseCollectivite } from "@nrs/model";
 * const c = parseCollectivite({ type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901",
 *   population: { valeur: 50001, type: "totale", millesime: 2021 }, agentsEtp: 900 });
 * if (!c.ok) throw new Error("should parse");
 * const snr = obligations(c.value, { on: "2025-06-01", adoptions: { strategie: "2025-03-20" } })
 *   .find((o) => o.code === "SNR");
 * console.log(snr?.applicable); // true
 * console.log(snr?.echeances.find((e) => e.code === "STRATEGIE")?.statut); // "ADOPTEE_EN_RETARD"
 * ```
 */
export function obligations(collectivite: Collectivite, options: ObligationsOptions): Obligation[] {
  const on = dateOf(options.on);
  const year = Number(on.slice(0, 4));
  const kind = options.populationRetenue ?? OBLIGATIONS_DEFAULTS.populationRetenue;
  const seuilSnr = options.seuilSnr ?? OBLIGATIONS_DEFAULTS.seuilSnr;
  const seuilHab = options.seuilOpenDataHabitants ?? OBLIGATIONS_DEFAULTS.seuilOpenDataHabitants;
  const seuilAgents = toDecimalString(options.seuilOpenDataAgents ?? OBLIGATIONS_DEFAULTS.seuilOpenDataAgents, ["seuilOpenDataAgents"]);
  const tauxAgec = toDecimalString(options.tauxAgec58Pct ?? OBLIGATIONS_DEFAULTS.tauxAgec58Pct, ["tauxAgec58Pct"]);
  const debutBilan = options.debutBilanAnnuel ?? OBLIGATIONS_DEFAULTS.debutBilanAnnuel;
  if (!isDateIso(debutBilan)) throw bad(["debutBilanAnnuel"], "Date invalide.", "Invalid date.");
  if (!Number.isFinite(seuilSnr) || !Number.isFinite(seuilHab)) throw bad(["seuilSnr"], "Seuil invalide.", "Invalid threshold.");

  const pop = collectivite.population.valeur;
  const popCaveats: Message[] =
    collectivite.population.type === kind
      ? []
      : [
          {
            fr: `Le seuil s'apprécie sur la population ${kind} ; la collectivité donne sa population ${collectivite.population.type} (${fmt(pop)} habitants, millésime ${collectivite.population.millesime}), utilisée faute de mieux.`,
            en: `The threshold reads the ${kind === "totale" ? "total" : "municipal"} population; the collectivité gives its ${collectivite.population.type === "totale" ? "total" : "municipal"} population (${fmt(pop)} inhabitants, vintage ${collectivite.population.millesime}), used for want of anything better.`,
          },
        ];

  // --- SNR (loi REEN art. 35) ---
  const inForce = on >= "2021-11-17";
  const snrApplies = inForce && pop > seuilSnr;
  const snr: Obligation = {
    code: "SNR",
    libelle: { fr: "Stratégie numérique responsable", en: "Responsible digital strategy (SNR)" },
    applicable: snrApplies,
    motif: !inForce
      ? { fr: "La loi n° 2021-1485 n'est pas encore en vigueur à cette date.", en: "Law 2021-1485 is not yet in force on that date." }
      : snrApplies
        ? {
            fr: `${fmt(pop)} habitants : plus de ${fmt(seuilSnr)} habitants.`,
            en: `${fmt(pop)} inhabitants: more than ${fmt(seuilSnr)}.`,
          }
        : {
            fr: `${fmt(pop)} habitants : pas plus de ${fmt(seuilSnr)} habitants.`,
            en: `${fmt(pop)} inhabitants: not more than ${fmt(seuilSnr)}.`,
          },
    ref: `${R.loiReen} ; ${R.decretSnr} ; ${R.rapportDd}`,
    echeances: snrApplies
      ? [
          deadline(
            "PROGRAMME_DE_TRAVAIL",
            { fr: "Programme de travail", en: "Programme de travail (work programme)" },
            "2023-01-01",
            on,
            options.adoptions?.programme,
          ),
          deadline(
            "STRATEGIE",
            { fr: "Stratégie numérique responsable", en: "Responsible digital strategy" },
            "2025-01-01",
            on,
            options.adoptions?.strategie,
          ),
          {
            code: "BILAN_ANNUEL",
            libelle: { fr: "Bilan annuel de la stratégie", en: "Annual bilan of the strategy" },
            quand: {
              fr: `Chaque année à partir du ${debutBilan}, dans le rapport sur la situation en matière de développement durable présenté avant les débats sur le projet de budget.`,
              en: `Every year from ${debutBilan}, in the sustainable-development report presented before the debates on the draft budget.`,
            },
            statut: "PERIODIQUE",
            enRetard: false,
          },
        ]
      : [],
    avertissements: popCaveats,
  };

  // --- Open data by default (CRPA L. 312-1-1) ---
  const agents = collectivite.agentsEtp;
  const enoughPeople = pop >= seuilHab;
  const odApplies: boolean | undefined = !enoughPeople
    ? false
    : agents === undefined
      ? undefined
      : compareDecimalStrings(agents, seuilAgents) >= 0;
  const openData: Obligation = {
    code: "OPEN_DATA",
    libelle: { fr: "Ouverture des données par défaut", en: "Open data by default" },
    applicable: odApplies,
    motif:
      odApplies === undefined
        ? {
            fr: `Nombre d'agents (agentsEtp) inconnu : l'obligation vaut à partir de ${seuilAgents} agents ETP.`,
            en: `Number of agents (agentsEtp) unknown: the obligation applies from ${seuilAgents} FTE.`,
          }
        : odApplies
          ? {
              fr: `Au moins ${fmt(seuilHab)} habitants et ${seuilAgents} agents ETP.`,
              en: `At least ${fmt(seuilHab)} inhabitants and ${seuilAgents} FTE.`,
            }
          : {
              fr: `Moins de ${fmt(seuilHab)} habitants ou de ${seuilAgents} agents ETP.`,
              en: `Fewer than ${fmt(seuilHab)} inhabitants or ${seuilAgents} FTE.`,
            },
    ref: R.openData,
    echeances: [],
    avertissements: popCaveats,
  };

  // --- AGEC art. 58 ---
  const agecApplies = on >= "2021-01-01";
  const agec: Obligation = {
    code: "AGEC_58",
    libelle: {
      fr: "Achats issus du réemploi, de la réutilisation ou intégrant des matières recyclées",
      en: "Purchases from reuse, re-use or with recycled content",
    },
    applicable: agecApplies,
    motif: agecApplies
      ? {
          fr: "Toutes les collectivités et leurs groupements, depuis le 1er janvier 2021.",
          en: "Every local authority and grouping, since 1 January 2021.",
        }
      : { fr: "En vigueur à partir du 1er janvier 2021.", en: "In force from 1 January 2021." },
    ref: R.agec58,
    echeances: agecApplies
      ? [
          {
            code: "DECLARATION_AGEC_58",
            libelle: { fr: `Déclaration des achats de ${year - 1}`, en: `Declaration of ${year - 1} purchases` },
            date: `${year}-06-30`,
            quand: {
              fr: "Chaque année, au plus tard le 30 juin pour l'année précédente, sur data.gouv.fr.",
              en: "Every year, by 30 June for the previous year, on data.gouv.fr.",
            },
            statut: "PERIODIQUE",
            enRetard: false,
          },
        ]
      : [],
    cible: {
      valeurPct: tauxAgec,
      libelle: {
        fr: "Part minimale des achats de matériel informatique et de téléphonie issus du réemploi ou de la réutilisation",
        en: "Minimum share of computer and phone purchases from reuse or re-use",
      },
    },
    avertissements: [
      {
        fr: "Taux du décret n° 2021-254 ; ceux du décret n° 2024-134 ne sont pas confirmés.",
        en: "Rate of décret 2021-254; those of décret 2024-134 are unconfirmed.",
      },
    ],
  };

  // --- Décret n° 2023-266 (in force the day after its publication of 14 April 2023) ---
  const reemploiApplies = on >= "2023-04-15";
  const target = year <= 2023 ? 25 : year === 2024 ? 35 : 50;
  const reemploi: Obligation = {
    code: "REEMPLOI_2023_266",
    libelle: { fr: "Réemploi du matériel informatique réformé", en: "Reuse of retired IT equipment" },
    applicable: reemploiApplies,
    motif: reemploiApplies
      ? { fr: "Services de l'État, collectivités et leurs groupements.", en: "State services, local authorities and their groupings." }
      : { fr: "En vigueur à partir du 15 avril 2023.", en: "In force from 15 April 2023." },
    ref: R.decret2023266,
    echeances: [],
    ...(reemploiApplies
      ? {
          cible: {
            valeurPct: String(target),
            libelle: {
              fr: `Part des biens réformés en stock au 1er janvier ${year} orientés vers le réemploi ou la réutilisation dans l'année`,
              en: `Share of retired items in stock on 1 January ${year} sent to reuse or re-use during the year`,
            },
          },
        }
      : {}),
    avertissements: [],
  };

  // --- RGAA (loi n° 2005-102 art. 47): every public-law legal person, no threshold ---
  const rgaa: Obligation = {
    code: "RGAA",
    libelle: { fr: "Accessibilité numérique (RGAA)", en: "Digital accessibility (RGAA)" },
    applicable: true,
    motif: {
      fr: "Toute personne morale de droit public, sans seuil : déclaration d'accessibilité à mettre à jour au moins tous les 3 ans, schéma pluriannuel de 3 ans au plus.",
      en: "Every public-law body, no threshold: accessibility statement updated at least every 3 years, multi-year plan of at most 3 years.",
    },
    ref: R.rgaa,
    echeances: [],
    avertissements: [],
  };

  return [snr, openData, agec, reemploi, rgaa];
}
