import { rule, type ComplianceCode, type ComplianceRule } from "./compliance-rule.js";
import { REFERENCES as R } from "./references.js";

/** Rules of the strategy (`checkStrategy`). */
export const STRATEGY_RULES: Readonly<Record<Extract<ComplianceCode, `NRS_STRAT_${string}`>, ComplianceRule>> = {
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
};
