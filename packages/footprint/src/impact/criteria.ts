import type { Message } from "@nrs/core";
import type { Unit } from "../units.js";

/**
 * The impact criteria (indicators) an impact table may hold, in display order.
 *
 * | id | FR | EN | unit |
 * |---|---|---|---|
 * | `gwp` | Changement climatique | Climate change (global warming potential) | `kgCO2e` |
 * | `adpe` | Épuisement des ressources abiotiques (minéraux et métaux) | Abiotic resource depletion (minerals and metals) | `kgSbEq` |
 * | `adpf` | Épuisement des ressources abiotiques (fossiles) | Abiotic resource depletion (fossil) | `MJ` |
 * | `water` | Consommation d'eau | Water use | `m3` |
 * | `pe` | Énergie primaire | Primary energy | `MJ` |
 * | `energy` | Énergie finale consommée (électricité) | Final energy consumed (electricity) | `kWh` |
 *
 * `gwp` is always computed; the others only where the factor pack has figures for them.
 *
 * @example
 * ```ts
 * import { CRITERIA } from "@nrs/footprint";
 * console.log(CRITERIA[0]); // "gwp"
 * ```
 */
export const CRITERIA = ["gwp", "adpe", "adpf", "water", "pe", "energy"] as const;

/** One impact criterion: see {@link CRITERIA}. */
export type Criterion = (typeof CRITERIA)[number];

/**
 * The unit in which each criterion is always expressed in an impact table.
 *
 * @example
 * ```ts
 * import { CRITERION_UNITS } from "@nrs/footprint";
 * console.log(CRITERION_UNITS.gwp); // "kgCO2e"
 * ```
 */
export const CRITERION_UNITS = {
  gwp: "kgCO2e",
  adpe: "kgSbEq",
  adpf: "MJ",
  water: "m3",
  pe: "MJ",
  energy: "kWh",
} as const satisfies Record<Criterion, Unit>;

/** The unit of criterion `C` in an impact table, e.g. `CriterionUnit<"gwp">` is `"kgCO2e"`. */
export type CriterionUnit<C extends Criterion> = (typeof CRITERION_UNITS)[C];

/**
 * French and English names of the criteria, for reports.
 *
 * @example
 * ```ts
 * import { CRITERION_LABELS } from "@nrs/footprint";
 * console.log(CRITERION_LABELS.gwp.fr); // "Changement climatique"
 * ```
 */
export const CRITERION_LABELS: Readonly<Record<Criterion, Message>> = {
  gwp: { fr: "Changement climatique", en: "Climate change" },
  adpe: { fr: "Épuisement des ressources abiotiques (minéraux et métaux)", en: "Abiotic resource depletion (minerals and metals)" },
  adpf: { fr: "Épuisement des ressources abiotiques (fossiles)", en: "Abiotic resource depletion (fossil)" },
  water: { fr: "Consommation d'eau", en: "Water use" },
  pe: { fr: "Énergie primaire", en: "Primary energy" },
  energy: { fr: "Énergie finale consommée", en: "Final energy consumed" },
};

/**
 * The lifecycle stages, in order.
 *
 * | id | FR | EN | what it covers |
 * |---|---|---|---|
 * | `manufacturing` | Fabrication | Manufacturing | extraction of materials, making of components, assembly |
 * | `distribution` | Distribution | Distribution | transport from the factory to the user |
 * | `use` | Utilisation | Use | electricity consumed while in service (and, for per-GB network factors, the network's whole share) |
 * | `endOfLife` | Fin de vie | End of life | collection, treatment, recycling, disposal |
 *
 * `manufacturing`, `distribution` and `endOfLife` together are the *embodied* impact of a device,
 * which the device calculator spreads over its lifetime.
 *
 * @example
 * ```ts
 * import { STAGES } from "@nrs/footprint";
 * console.log(STAGES.join(", ")); // "manufacturing, distribution, use, endOfLife"
 * ```
 */
export const STAGES = ["manufacturing", "distribution", "use", "endOfLife"] as const;

/** One lifecycle stage: see {@link STAGES}. */
export type Stage = (typeof STAGES)[number];

/**
 * French and English names of the lifecycle stages.
 *
 * @example
 * ```ts
 * import { STAGE_LABELS } from "@nrs/footprint";
 * console.log(STAGE_LABELS.endOfLife.fr); // "Fin de vie"
 * ```
 */
export const STAGE_LABELS: Readonly<Record<Stage, Message>> = {
  manufacturing: { fr: "Fabrication", en: "Manufacturing" },
  distribution: { fr: "Distribution", en: "Distribution" },
  use: { fr: "Utilisation", en: "Use" },
  endOfLife: { fr: "Fin de vie", en: "End of life" },
};
