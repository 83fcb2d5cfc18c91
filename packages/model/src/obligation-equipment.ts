import type { Obligation } from "./obligation.js";
import type { ObligationContext } from "./obligations-options.js";
import { REFERENCES as R } from "./references.js";

/** AGEC art. 58: purchases from reuse or with recycled content, every authority since 2021, declared each year by 30 June. */
export function agecObligation(ctx: ObligationContext): Obligation {
  const { on, year, tauxAgec } = ctx;
  const agecApplies = on >= "2021-01-01";
  return {
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
}

/** Décret n° 2023-266: reuse of retired IT equipment, with the year's target share. */
export function reemploiObligation(ctx: ObligationContext): Obligation {
  const { on, year } = ctx;
  const reemploiApplies = on >= "2023-04-15";
  const target = year <= 2023 ? 25 : year === 2024 ? 35 : 50;
  return {
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
}
