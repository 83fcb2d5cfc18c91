import { rule, type ComplianceCode, type ComplianceRule } from "./compliance-rule.js";
import { REFERENCES as R } from "./references.js";

/** Rules of the bilan annuel (`checkBilan`). */
export const BILAN_RULES: Readonly<Record<Extract<ComplianceCode, `NRS_BILAN_${string}`>, ComplianceRule>> = {
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
