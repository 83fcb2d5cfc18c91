import { toDecimalString, type DecimalInput, type Message, NrsError } from "@nrs/core";
import type { Collectivite } from "./collectivite.js";
import type { TypePopulation } from "./collectivite-labels.js";
import { type DateIso, isDateIso } from "./date-iso.js";

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

/** What every obligation rule reads: the date, the collectivité's figures and the readings in force. */
export interface ObligationContext {
  /** The date asked. */
  readonly on: DateIso;
  /** Its year. */
  readonly year: number;
  /** Population of the collectivité (whatever its kind). */
  readonly pop: number;
  /** Staff in FTE, a canonical decimal string, when known. */
  readonly agents: string | undefined;
  /** Caveats when the population kind given is not the one the thresholds read. */
  readonly popCaveats: Message[];
  /** SNR threshold (strictly more than). */
  readonly seuilSnr: number;
  /** Open-data population threshold (at least). */
  readonly seuilHab: number;
  /** Open-data staff threshold (at least), a canonical decimal string. */
  readonly seuilAgents: string;
  /** AGEC art. 58 share, %, a canonical decimal string. */
  readonly tauxAgec: string;
  /** Date from which the bilan annuel is due. */
  readonly debutBilan: DateIso;
  /** Adoption dates to judge. */
  readonly adoptions: ObligationsOptions["adoptions"];
}

/** A number as the messages write it (canonical decimal). */
export const fmt = (n: number | string): string => toDecimalString(n);

/** An `NRS_INVALID_OPTION` error at `path`. */
export function bad(path: (string | number)[], fr: string, en: string): NrsError {
  return new NrsError([{ code: "NRS_INVALID_OPTION", severity: "error", path, message: { fr, en } }]);
}

/** Reads the options (defaults for what is not given) and the collectivité's figures; throws `NRS_INVALID_OPTION` on a bad date or threshold. */
export function obligationContext(collectivite: Collectivite, options: ObligationsOptions): ObligationContext {
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
  return {
    on,
    year,
    pop,
    agents: collectivite.agentsEtp,
    popCaveats,
    seuilSnr,
    seuilHab,
    seuilAgents,
    tauxAgec,
    debutBilan,
    adoptions: options.adoptions,
  };
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
