import type { Message } from "@nrs/core";
import type { DateIso } from "./date-iso.js";

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
