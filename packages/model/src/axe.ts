import * as z from "zod/mini";
import type { Message } from "@nrs/core";
import { AXE_CODES, AXE_LABELS, type AxeCode } from "./axe-labels.js";

// Re-exported: the codes were declared here first, and sit with the short labels so that the labels need not import the axes.
export { AXE_CODES, type AxeCode };

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
    numero: AXE_LABELS.COMMANDE_PUBLIQUE.numero,
    libelle: {
      fr: "La commande publique locale et durable, dans une démarche de réemploi, de réparation et de lutte contre l'obsolescence",
      en: "Local and sustainable public procurement, favouring reuse, repair and the fight against obsolescence",
    },
    libelleCourt: AXE_LABELS.COMMANDE_PUBLIQUE.libelleCourt,
    ref: `${REF}, 1°`,
  },
  {
    code: "CYCLE_DE_VIE_MATERIEL",
    numero: AXE_LABELS.CYCLE_DE_VIE_MATERIEL.numero,
    libelle: {
      fr: "La gestion durable et de proximité du cycle de vie du matériel informatique",
      en: "Sustainable, local management of the life cycle of IT equipment",
    },
    libelleCourt: AXE_LABELS.CYCLE_DE_VIE_MATERIEL.libelleCourt,
    ref: `${REF}, 2°`,
  },
  {
    code: "ECOCONCEPTION",
    numero: AXE_LABELS.ECOCONCEPTION.numero,
    libelle: {
      fr: "L'écoconception des sites et des services numériques",
      en: "Eco-design of websites and digital services",
    },
    libelleCourt: AXE_LABELS.ECOCONCEPTION.libelleCourt,
    ref: `${REF}, 3°`,
  },
  {
    code: "SENSIBILISATION_ELUS_AGENTS",
    numero: AXE_LABELS.SENSIBILISATION_ELUS_AGENTS.numero,
    libelle: {
      fr: "La mise en place d'une politique de sensibilisation au numérique responsable et à la sécurité informatique à destination des élus et agents publics",
      en: "A policy raising elected officials' and public employees' awareness of responsible digital practices and IT security",
    },
    libelleCourt: AXE_LABELS.SENSIBILISATION_ELUS_AGENTS.libelleCourt,
    ref: `${REF}, 4°`,
  },
  {
    code: "SENSIBILISATION_CITOYENS_INCLUSION",
    numero: AXE_LABELS.SENSIBILISATION_CITOYENS_INCLUSION.numero,
    libelle: {
      fr: "La mise en place d'une démarche numérique responsable auprès de tous afin de sensibiliser les citoyens aux enjeux environnementaux du numérique et de l'inclusion numérique",
      en: "A responsible digital approach towards everyone, raising citizens' awareness of the environmental stakes of digital technology and of digital inclusion",
    },
    libelleCourt: AXE_LABELS.SENSIBILISATION_CITOYENS_INCLUSION.libelleCourt,
    ref: `${REF}, 5°`,
  },
  {
    code: "TERRITOIRE_CONNECTE_DONNEES",
    numero: AXE_LABELS.TERRITOIRE_CONNECTE_DONNEES.numero,
    libelle: {
      fr: "La mise en place d'une démarche de territoire connecté et durable en lien avec une démarche d'ouverture et de valorisation des données",
      en: "A connected and sustainable territory, together with opening up and making use of data",
    },
    libelleCourt: AXE_LABELS.TERRITOIRE_CONNECTE_DONNEES.libelleCourt,
    ref: `${REF}, 6°`,
  },
  {
    code: "AUTRE",
    numero: AXE_LABELS.AUTRE.numero,
    libelle: {
      fr: "Autre objectif (la liste du décret n'est pas limitative)",
      en: "Other objective (the decree's list is not exhaustive)",
    },
    libelleCourt: AXE_LABELS.AUTRE.libelleCourt,
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
