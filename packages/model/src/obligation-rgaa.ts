import type { Obligation } from "./obligation.js";
import { REFERENCES as R } from "./references.js";

/** RGAA accessibility (loi n° 2005-102 art. 47): every public-law legal person, no threshold. */
export function rgaaObligation(): Obligation {
  return {
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
}
