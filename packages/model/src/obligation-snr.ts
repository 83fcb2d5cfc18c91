import type { Message } from "@nrs/core";
import { isDateIso, type DateIso } from "./date-iso.js";
import type { Echeance, Obligation } from "./obligation.js";
import { bad, fmt, type ObligationContext } from "./obligations-options.js";
import { REFERENCES as R } from "./references.js";

/**
 * The stratégie numérique responsable (loi REEN art. 35): strictly more than the threshold's inhabitants,
 * programme de travail by 2023-01-01, strategy by 2025-01-01, a bilan every year in the rapport DD.
 */
export function snrObligation(ctx: ObligationContext): Obligation {
  const { on, pop, seuilSnr, debutBilan, popCaveats } = ctx;
  const inForce = on >= "2021-11-17";
  const snrApplies = inForce && pop > seuilSnr;
  return {
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
            ctx.adoptions?.programme,
          ),
          deadline(
            "STRATEGIE",
            { fr: "Stratégie numérique responsable", en: "Responsible digital strategy" },
            "2025-01-01",
            on,
            ctx.adoptions?.strategie,
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
