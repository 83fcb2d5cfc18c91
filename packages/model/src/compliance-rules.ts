import type { Message, Severity } from "@nrs/core";
import { REFERENCES as R } from "./references.js";

/**
 * A compliance rule: its severity, the text it rests on and what it checks.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RULES, type ComplianceRule } from "@nrs/model";
 * const rule: ComplianceRule = COMPLIANCE_RULES.NRS_PROG_NO_ACTORS;
 * console.log(rule.ref);
 * ```
 */
export interface ComplianceRule {
  /** Severity of every finding of the rule. */
  readonly severity: Severity;
  /** Legal reference of the rule (copied into each finding's `ref`). */
  readonly ref: string;
  /** What the rule checks, in French and English. */
  readonly description: Message;
}

const rule = (severity: Severity, ref: string, fr: string, en: string): ComplianceRule => ({
  severity,
  ref,
  description: { fr, en },
});

const PROG = `${R.loiReen} ; ${R.decretSnr}`;

/**
 * The stable code of a compliance rule (a key of {@link COMPLIANCE_RULES}).
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RULES, type ComplianceCode } from "@nrs/model";
 * const code: ComplianceCode = "NRS_STRAT_NO_MEANS";
 * console.log(COMPLIANCE_RULES[code].severity); // "error"
 * ```
 */
export type ComplianceCode =
  | "NRS_COLLECTIVITE_MISMATCH"
  | "NRS_PROG_NO_ACTORS"
  | "NRS_PROG_NO_PUBLIC_ACTOR"
  | "NRS_PROG_NO_PRIVATE_ACTOR"
  | "NRS_PROG_NO_IMPACT_BILAN"
  | "NRS_PROG_NO_USES_BILAN"
  | "NRS_PROG_NO_ACTIONS"
  | "NRS_PROG_NOT_ADOPTED"
  | "NRS_PROG_LATE"
  | "NRS_STRAT_NO_OBJECTIVE"
  | "NRS_STRAT_OBJECTIVE_NO_INDICATOR"
  | "NRS_STRAT_OBJECTIVE_NO_MEASURE"
  | "NRS_STRAT_NO_MEANS"
  | "NRS_STRAT_INDICATOR_UNDEFINED"
  | "NRS_STRAT_TARGET_BEFORE_BASELINE"
  | "NRS_STRAT_TARGET_DIRECTION"
  | "NRS_STRAT_MEASURE_NO_OBJECTIVE"
  | "NRS_STRAT_UNKNOWN_OBJECTIVE"
  | "NRS_STRAT_DUPLICATE_ID"
  | "NRS_STRAT_PERIOD_REVERSED"
  | "NRS_STRAT_DATES_REVERSED"
  | "NRS_STRAT_NOT_ADOPTED"
  | "NRS_STRAT_LATE"
  | "NRS_STRAT_BEFORE_PROGRAMME"
  | "NRS_STRAT_AXIS_NOT_COVERED"
  | "NRS_STRAT_TARGET_OUTSIDE_PERIOD"
  | "NRS_STRAT_INDICATOR_UNUSED"
  | "NRS_BILAN_MISSING_TARGET_VALUE"
  | "NRS_BILAN_NO_VALUE"
  | "NRS_BILAN_UNKNOWN_INDICATOR"
  | "NRS_BILAN_DUPLICATE_VALUE"
  | "NRS_BILAN_VALUE_OUTSIDE_YEAR"
  | "NRS_BILAN_PERIOD_REVERSED"
  | "NRS_BILAN_UNKNOWN_ENTITY"
  | "NRS_BILAN_UNKNOWN_MEASURE"
  | "NRS_BILAN_DUPLICATE_PROGRESS"
  | "NRS_BILAN_MEASURE_NOT_REPORTED"
  | "NRS_BILAN_PROGRESS_INCONSISTENT"
  | "NRS_BILAN_AFTER_BUDGET_DEBATE"
  | "NRS_BILAN_FISCAL_YEAR"
  | "NRS_BILAN_STRATEGY_VERSION"
  | "NRS_BILAN_OUTSIDE_PERIOD";

// Typed as a Record so that a code missing from the table, or not in the union, does not compile.
const TABLE: Readonly<Record<ComplianceCode, ComplianceRule>> = {
  NRS_COLLECTIVITE_MISMATCH: rule(
    "warning",
    R.loiReen,
    "Le document ne porte pas le SIREN de la collectivité.",
    "The document does not carry the collectivité's SIREN.",
  ),

  NRS_PROG_NO_ACTORS: rule(
    "error",
    PROG,
    "Le programme de travail doit recenser les acteurs concernés.",
    "The programme de travail must list the actors concerned.",
  ),
  NRS_PROG_NO_PUBLIC_ACTOR: rule(
    "warning",
    R.decretSnr,
    "Aucun acteur public n'est associé au programme de travail.",
    "No public actor is associated with the programme de travail.",
  ),
  NRS_PROG_NO_PRIVATE_ACTOR: rule(
    "warning",
    R.decretSnr,
    "Aucun acteur privé n'est associé au programme de travail.",
    "No private actor is associated with the programme de travail.",
  ),
  NRS_PROG_NO_IMPACT_BILAN: rule(
    "error",
    R.decretSnr,
    "Le programme de travail doit comprendre un bilan de l'impact environnemental du numérique.",
    "The programme de travail must include a bilan of the environmental impact of digital.",
  ),
  NRS_PROG_NO_USES_BILAN: rule(
    "error",
    R.decretSnr,
    "Le programme de travail doit comprendre un bilan de l'impact des usages du numérique sur le territoire.",
    "The programme de travail must include a bilan of the impact of digital uses on the territory.",
  ),
  NRS_PROG_NO_ACTIONS: rule(
    "info",
    PROG,
    "Aucune action déjà engagée n'est rappelée (à décrire « le cas échéant »).",
    "No action already undertaken is recalled (to be described « where applicable »).",
  ),
  NRS_PROG_NOT_ADOPTED: rule(
    "warning",
    R.loiReen,
    "Le programme de travail n'indique pas de date d'adoption.",
    "The programme de travail gives no adoption date.",
  ),
  NRS_PROG_LATE: rule(
    "warning",
    R.loiReen,
    "Programme de travail adopté après le 1er janvier 2023.",
    "Programme de travail adopted after 1 January 2023.",
  ),

  NRS_STRAT_NO_OBJECTIVE: rule(
    "error",
    R.decretSnr,
    "La stratégie doit fixer des objectifs de réduction de l'empreinte numérique du territoire.",
    "The strategy must set objectives to reduce the territory's digital footprint.",
  ),
  NRS_STRAT_OBJECTIVE_NO_INDICATOR: rule(
    "error",
    R.decretSnr,
    "Chaque objectif doit avoir au moins un indicateur de suivi.",
    "Every objective must have at least one follow-up indicator.",
  ),
  NRS_STRAT_OBJECTIVE_NO_MEASURE: rule(
    "error",
    R.decretSnr,
    "Chaque objectif doit être servi par au moins une mesure.",
    "Every objective must be served by at least one measure.",
  ),
  NRS_STRAT_NO_MEANS: rule(
    "error",
    R.decretSnr,
    "La stratégie doit déterminer les moyens d'atteindre ses objectifs.",
    "The strategy must set out the means to reach its objectives.",
  ),
  NRS_STRAT_INDICATOR_UNDEFINED: rule(
    "error",
    R.decretSnr,
    "Un indicateur utilisé doit être défini dans la stratégie.",
    "An indicator that is used must be defined in the strategy.",
  ),
  NRS_STRAT_TARGET_BEFORE_BASELINE: rule(
    "error",
    R.decretSnr,
    "L'année cible d'une cible doit suivre son année de référence.",
    "A target's year must come after its baseline year.",
  ),
  NRS_STRAT_TARGET_DIRECTION: rule(
    "warning",
    R.decretSnr,
    "La cible va dans le sens contraire du sens d'amélioration de l'indicateur.",
    "The target goes against the indicator's direction of improvement.",
  ),
  NRS_STRAT_MEASURE_NO_OBJECTIVE: rule(
    "warning",
    R.decretSnr,
    "Une mesure doit servir au moins un objectif.",
    "A measure should serve at least one objective.",
  ),
  NRS_STRAT_UNKNOWN_OBJECTIVE: rule(
    "error",
    R.decretSnr,
    "Une mesure fait référence à un objectif qui n'existe pas.",
    "A measure refers to an objective that does not exist.",
  ),
  NRS_STRAT_DUPLICATE_ID: rule(
    "error",
    R.decretSnr,
    "Deux objectifs, mesures ou indicateurs portent le même identifiant.",
    "Two objectives, measures or indicators have the same identifier.",
  ),
  NRS_STRAT_PERIOD_REVERSED: rule(
    "error",
    R.decretSnr,
    "La période de la stratégie finit avant de commencer.",
    "The strategy's period ends before it starts.",
  ),
  NRS_STRAT_DATES_REVERSED: rule("error", R.decretSnr, "Une mesure finit avant de commencer.", "A measure ends before it starts."),
  NRS_STRAT_NOT_ADOPTED: rule(
    "warning",
    R.loiReen,
    "La stratégie n'indique pas de date d'adoption.",
    "The strategy gives no adoption date.",
  ),
  NRS_STRAT_LATE: rule("warning", R.loiReen, "Stratégie adoptée après le 1er janvier 2025.", "Strategy adopted after 1 January 2025."),
  NRS_STRAT_BEFORE_PROGRAMME: rule(
    "warning",
    R.decretSnr,
    "La stratégie est adoptée avant le programme de travail sur lequel elle doit s'appuyer.",
    "The strategy is adopted before the programme de travail it must build on.",
  ),
  NRS_STRAT_AXIS_NOT_COVERED: rule(
    "info",
    R.decretSnr,
    "Un des six axes du décret n'est couvert par aucun objectif (ils sont facultatifs).",
    "One of the decree's six axes is covered by no objective (they are optional).",
  ),
  NRS_STRAT_TARGET_OUTSIDE_PERIOD: rule(
    "info",
    R.decretSnr,
    "Une cible tombe hors de la période de la stratégie.",
    "A target falls outside the strategy's period.",
  ),
  NRS_STRAT_INDICATOR_UNUSED: rule(
    "info",
    R.decretSnr,
    "Un indicateur défini n'est rattaché à aucun objectif.",
    "A defined indicator is tied to no objective.",
  ),

  NRS_BILAN_MISSING_TARGET_VALUE: rule(
    "warning",
    `${R.loiReen} ; ${R.rapportDd}`,
    "Le bilan n'a pas de valeur pour un indicateur qui a une cible cette année-là.",
    "The bilan has no value for an indicator that has a target that year.",
  ),
  NRS_BILAN_NO_VALUE: rule(
    "info",
    R.rapportDd,
    "Un indicateur de suivi de la stratégie n'a pas de valeur dans ce bilan.",
    "A follow-up indicator of the strategy has no value in this bilan.",
  ),
  NRS_BILAN_UNKNOWN_INDICATOR: rule(
    "warning",
    R.decretSnr,
    "Valeur d'un indicateur que la stratégie ne définit pas.",
    "Value of an indicator the strategy does not define.",
  ),
  NRS_BILAN_DUPLICATE_VALUE: rule(
    "error",
    R.rapportDd,
    "Deux valeurs pour le même indicateur, la même entité, le même périmètre et la même date.",
    "Two values for the same indicator, entity, perimeter and date.",
  ),
  NRS_BILAN_VALUE_OUTSIDE_YEAR: rule(
    "warning",
    R.rapportDd,
    "La date d'une valeur n'appartient pas à l'année du bilan.",
    "A value's date is not in the bilan's year.",
  ),
  NRS_BILAN_PERIOD_REVERSED: rule(
    "error",
    R.rapportDd,
    "Une période de mesure finit avant de commencer.",
    "A measurement period ends before it starts.",
  ),
  NRS_BILAN_UNKNOWN_ENTITY: rule(
    "warning",
    R.rapportDd,
    "Entité inconnue : « epci » ou le code INSEE d'une commune membre attendu.",
    "Unknown entity: « epci » or a member commune's INSEE code expected.",
  ),
  NRS_BILAN_UNKNOWN_MEASURE: rule(
    "error",
    R.rapportDd,
    "Avancement d'une mesure que la stratégie ne contient pas.",
    "Progress of a measure the strategy does not contain.",
  ),
  NRS_BILAN_DUPLICATE_PROGRESS: rule(
    "error",
    R.rapportDd,
    "Deux avancements pour la même mesure.",
    "Two progress entries for the same measure.",
  ),
  NRS_BILAN_MEASURE_NOT_REPORTED: rule(
    "info",
    R.rapportDd,
    "Une mesure de la stratégie n'a pas d'avancement dans ce bilan.",
    "A measure of the strategy has no progress entry in this bilan.",
  ),
  NRS_BILAN_PROGRESS_INCONSISTENT: rule(
    "warning",
    R.rapportDd,
    "Le statut et le pourcentage d'avancement se contredisent.",
    "Status and completion percentage contradict each other.",
  ),
  NRS_BILAN_AFTER_BUDGET_DEBATE: rule(
    "warning",
    R.rapportDd,
    "Le rapport DD doit être présenté avant les débats sur le projet de budget.",
    "The rapport DD must be presented before the debates on the draft budget.",
  ),
  NRS_BILAN_FISCAL_YEAR: rule(
    "info",
    R.rapportDd,
    "L'exercice budgétaire du rapport DD n'est ni l'année du bilan ni la suivante.",
    "The rapport DD's financial year is neither the bilan's year nor the next one.",
  ),
  NRS_BILAN_STRATEGY_VERSION: rule(
    "warning",
    R.rapportDd,
    "Le bilan suit une autre version de la stratégie que celle fournie.",
    "The bilan follows another version of the strategy than the one given.",
  ),
  NRS_BILAN_OUTSIDE_PERIOD: rule(
    "info",
    R.rapportDd,
    "L'année du bilan est hors de la période de la stratégie.",
    "The bilan's year is outside the strategy's period.",
  ),
};

/**
 * Every compliance rule of `checkProgramme`, `checkStrategy` and `checkBilan`, by stable code. A
 * finding's severity and `ref` always come from this table. Late adoption is a warning because the
 * law provides no sanction.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RULES } from "@nrs/model";
 * const r = COMPLIANCE_RULES.NRS_STRAT_NO_OBJECTIVE;
 * console.log(r.severity, r.ref); // error CGCT art. D. 2311-15-1 (décret n° 2022-1084)
 * ```
 */
export const COMPLIANCE_RULES: Readonly<Record<ComplianceCode, ComplianceRule>> = TABLE;
