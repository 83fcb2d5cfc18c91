import type { Message } from "@nrs/core";

/**
 * Codes of the axes a strategy's objectives may cover: the six areas listed by CGCT art. D. 2311-15-1
 * (in the decree's order) and `AUTRE`, because that list is not exhaustive (« notamment »).
 *
 * @example
 * ```ts
 * import { AXE_CODES } from "@nrs/model";
 * console.log(AXE_CODES.length); // 7
 * ```
 */
export const AXE_CODES = [
  "COMMANDE_PUBLIQUE",
  "CYCLE_DE_VIE_MATERIEL",
  "ECOCONCEPTION",
  "SENSIBILISATION_ELUS_AGENTS",
  "SENSIBILISATION_CITOYENS_INCLUSION",
  "TERRITOIRE_CONNECTE_DONNEES",
  "AUTRE",
] as const;

/**
 * One of `AXE_CODES`.
 *
 * @example
 * ```ts
 * import { axe, type AxeCode } from "@nrs/model";
 * const code: AxeCode = "ECOCONCEPTION";
 * console.log(axe(code).numero); // 3
 * ```
 */
export type AxeCode = (typeof AXE_CODES)[number];

/**
 * The number (1–6 in CGCT art. D. 2311-15-1, `null` for `AUTRE`) and the short French and English
 * label of each axis: what tables, charts and titles show. The same as in `axes`, without the decree's
 * full wording, so that a report naming the axes does not bundle it.
 *
 * @example
 * ```ts
 * import { AXE_LABELS } from "@nrs/model";
 * const a = AXE_LABELS.ECOCONCEPTION;
 * console.log(a.numero, a.libelleCourt.fr); // 3 Écoconception
 * ```
 */
export const AXE_LABELS: Readonly<
  Record<AxeCode, { readonly numero: 1 | 2 | 3 | 4 | 5 | 6 | null; readonly libelleCourt: Readonly<Message> }>
> = {
  COMMANDE_PUBLIQUE: { numero: 1, libelleCourt: { fr: "Commande publique durable", en: "Sustainable procurement" } },
  CYCLE_DE_VIE_MATERIEL: { numero: 2, libelleCourt: { fr: "Cycle de vie du matériel", en: "Equipment life cycle" } },
  ECOCONCEPTION: { numero: 3, libelleCourt: { fr: "Écoconception", en: "Eco-design" } },
  SENSIBILISATION_ELUS_AGENTS: {
    numero: 4,
    libelleCourt: { fr: "Sensibilisation des élus et agents", en: "Officials and staff awareness" },
  },
  SENSIBILISATION_CITOYENS_INCLUSION: {
    numero: 5,
    libelleCourt: { fr: "Citoyens et inclusion numérique", en: "Citizens and digital inclusion" },
  },
  TERRITOIRE_CONNECTE_DONNEES: { numero: 6, libelleCourt: { fr: "Territoire connecté et données", en: "Connected territory and data" } },
  AUTRE: { numero: null, libelleCourt: { fr: "Autre", en: "Other" } },
};
