import { rule, type ComplianceCode, type ComplianceRule } from "./compliance-rule.js";
import { REFERENCES as R } from "./references.js";

const PROG = `${R.loiReen} ; ${R.decretSnr}`;

/** Rules of the programme de travail (`checkProgramme`). */
export const PROGRAMME_RULES: Readonly<Record<Extract<ComplianceCode, `NRS_PROG_${string}`>, ComplianceRule>> = {
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
};
