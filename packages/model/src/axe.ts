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

// Number and short label from AXE_LABELS. Each call is marked pure, with literal arguments only, so that a
// bundle that does not use `axes` (a schema needing only the codes, the report needing only the labels)
// drops it and the decree's wording.
const axis = (code: AxeCode, libelle: Message, where: string): Axe => ({
  code,
  numero: AXE_LABELS[code].numero,
  libelle,
  libelleCourt: AXE_LABELS[code].libelleCourt,
  ref: REF + where,
});

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
  /* @__PURE__ */ axis(
    "COMMANDE_PUBLIQUE",
    {
      fr: "La commande publique locale et durable, dans une démarche de réemploi, de réparation et de lutte contre l'obsolescence",
      en: "Local and sustainable public procurement, favouring reuse, repair and the fight against obsolescence",
    },
    ", 1°",
  ),
  /* @__PURE__ */ axis(
    "CYCLE_DE_VIE_MATERIEL",
    {
      fr: "La gestion durable et de proximité du cycle de vie du matériel informatique",
      en: "Sustainable, local management of the life cycle of IT equipment",
    },
    ", 2°",
  ),
  /* @__PURE__ */ axis(
    "ECOCONCEPTION",
    {
      fr: "L'écoconception des sites et des services numériques",
      en: "Eco-design of websites and digital services",
    },
    ", 3°",
  ),
  /* @__PURE__ */ axis(
    "SENSIBILISATION_ELUS_AGENTS",
    {
      fr: "La mise en place d'une politique de sensibilisation au numérique responsable et à la sécurité informatique à destination des élus et agents publics",
      en: "A policy raising elected officials' and public employees' awareness of responsible digital practices and IT security",
    },
    ", 4°",
  ),
  /* @__PURE__ */ axis(
    "SENSIBILISATION_CITOYENS_INCLUSION",
    {
      fr: "La mise en place d'une démarche numérique responsable auprès de tous afin de sensibiliser les citoyens aux enjeux environnementaux du numérique et de l'inclusion numérique",
      en: "A responsible digital approach towards everyone, raising citizens' awareness of the environmental stakes of digital technology and of digital inclusion",
    },
    ", 5°",
  ),
  /* @__PURE__ */ axis(
    "TERRITOIRE_CONNECTE_DONNEES",
    {
      fr: "La mise en place d'une démarche de territoire connecté et durable en lien avec une démarche d'ouverture et de valorisation des données",
      en: "A connected and sustainable territory, together with opening up and making use of data",
    },
    ", 6°",
  ),
  /* @__PURE__ */ axis(
    "AUTRE",
    {
      fr: "Autre objectif (la liste du décret n'est pas limitative)",
      en: "Other objective (the decree's list is not exhaustive)",
    },
    " (« notamment »)",
  ),
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
