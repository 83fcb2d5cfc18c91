import * as z from "zod/mini";
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
 * One of {@link AXE_CODES}.
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
 * zod/mini schema for an {@link AxeCode}.
 *
 * @example
 * ```ts
 * import { zAxeCode } from "@nrs/model";
 * console.log(zAxeCode.safeParse("ECOCONCEPTION").success); // true
 * ```
 */
// Pure for bundlers: the checks import the axes without needing the schema (nor zod).
export const zAxeCode = /* @__PURE__ */ z.enum(AXE_CODES);

/**
 * An axis of the strategy, with the decree's wording and an English label.
 *
 * @example
 * ```ts
 * import { axes, type Axe } from "@nrs/model";
 * const first: Axe | undefined = axes[0];
 * console.log(first?.libelleCourt.en);
 * ```
 */
export interface Axe {
  /** Stable code. */
  readonly code: AxeCode;
  /** Position in D. 2311-15-1 (1–6), `null` for `AUTRE`. */
  readonly numero: 1 | 2 | 3 | 4 | 5 | 6 | null;
  /** Full wording: the decree's French text (1°–6°) and an English translation. */
  readonly libelle: Message;
  /** Short label for tables and charts. */
  readonly libelleCourt: Message;
  /** Legal reference. */
  readonly ref: string;
}

const REF = "CGCT art. D. 2311-15-1 (décret n° 2022-1084)";

/**
 * The six axes of CGCT art. D. 2311-15-1, with the decree's French wording (as published by DINUM,
 * 2022), an English translation, their number 1–6, and the `AUTRE` axis for objectives outside the
 * list (the decree says the objectives « peuvent notamment porter sur »).
 *
 * @example
 * ```ts
 * import { axes } from "@nrs/model";
 * const a3 = axes.find((a) => a.numero === 3);
 * console.log(a3?.libelle.fr); // L'écoconception des sites et des services numériques
 * ```
 */
export const axes: readonly Axe[] = [
  {
    code: "COMMANDE_PUBLIQUE",
    numero: 1,
    libelle: {
      fr: "La commande publique locale et durable, dans une démarche de réemploi, de réparation et de lutte contre l'obsolescence",
      en: "Local and sustainable public procurement, favouring reuse, repair and the fight against obsolescence",
    },
    libelleCourt: { fr: "Commande publique durable", en: "Sustainable procurement" },
    ref: `${REF}, 1°`,
  },
  {
    code: "CYCLE_DE_VIE_MATERIEL",
    numero: 2,
    libelle: {
      fr: "La gestion durable et de proximité du cycle de vie du matériel informatique",
      en: "Sustainable, local management of the life cycle of IT equipment",
    },
    libelleCourt: { fr: "Cycle de vie du matériel", en: "Equipment life cycle" },
    ref: `${REF}, 2°`,
  },
  {
    code: "ECOCONCEPTION",
    numero: 3,
    libelle: {
      fr: "L'écoconception des sites et des services numériques",
      en: "Eco-design of websites and digital services",
    },
    libelleCourt: { fr: "Écoconception", en: "Eco-design" },
    ref: `${REF}, 3°`,
  },
  {
    code: "SENSIBILISATION_ELUS_AGENTS",
    numero: 4,
    libelle: {
      fr: "La mise en place d'une politique de sensibilisation au numérique responsable et à la sécurité informatique à destination des élus et agents publics",
      en: "A policy raising elected officials' and public employees' awareness of responsible digital practices and IT security",
    },
    libelleCourt: { fr: "Sensibilisation des élus et agents", en: "Officials and staff awareness" },
    ref: `${REF}, 4°`,
  },
  {
    code: "SENSIBILISATION_CITOYENS_INCLUSION",
    numero: 5,
    libelle: {
      fr: "La mise en place d'une démarche numérique responsable auprès de tous afin de sensibiliser les citoyens aux enjeux environnementaux du numérique et de l'inclusion numérique",
      en: "A responsible digital approach towards everyone, raising citizens' awareness of the environmental stakes of digital technology and of digital inclusion",
    },
    libelleCourt: { fr: "Citoyens et inclusion numérique", en: "Citizens and digital inclusion" },
    ref: `${REF}, 5°`,
  },
  {
    code: "TERRITOIRE_CONNECTE_DONNEES",
    numero: 6,
    libelle: {
      fr: "La mise en place d'une démarche de territoire connecté et durable en lien avec une démarche d'ouverture et de valorisation des données",
      en: "A connected and sustainable territory, together with opening up and making use of data",
    },
    libelleCourt: { fr: "Territoire connecté et données", en: "Connected territory and data" },
    ref: `${REF}, 6°`,
  },
  {
    code: "AUTRE",
    numero: null,
    libelle: {
      fr: "Autre objectif (la liste du décret n'est pas limitative)",
      en: "Other objective (the decree's list is not exhaustive)",
    },
    libelleCourt: { fr: "Autre", en: "Other" },
    ref: `${REF} (« notamment »)`,
  },
];

/**
 * The {@link Axe} of a code.
 *
 * @example
 * ```ts
 * import { axe } from "@nrs/model";
 * console.log(axe("ECOCONCEPTION").numero); // 3
 * ```
 */
export function axe(code: AxeCode): Axe {
  const found = axes.find((a) => a.code === code);
  if (!found) throw new TypeError(`Unknown axis code: ${String(code)}`);
  return found;
}
