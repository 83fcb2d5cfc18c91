import type { Message } from "@nrs/core";

/**
 * The three segments of the ADEME–Arcep assessment, in display order: `terminaux` (devices of
 * households, businesses and public services, TVs, IoT), `reseaux` (fixed and mobile networks, boxes)
 * and `centresDeDonnees` (data centres).
 *
 * @example
 * ```ts
 * import { TERRITORY_SEGMENTS } from "@nrs/footprint";
 * console.log(TERRITORY_SEGMENTS.join(", ")); // "terminaux, reseaux, centresDeDonnees"
 * ```
 */
export const TERRITORY_SEGMENTS = ["terminaux", "reseaux", "centresDeDonnees"] as const;

/** One segment: see {@link TERRITORY_SEGMENTS}. */
export type TerritorySegment = (typeof TERRITORY_SEGMENTS)[number];

/**
 * French and English names of the segments, for reports.
 *
 * @example
 * ```ts
 * import { TERRITORY_SEGMENT_LABELS } from "@nrs/footprint";
 * console.log(TERRITORY_SEGMENT_LABELS.centresDeDonnees.fr); // "Centres de données"
 * ```
 */
export const TERRITORY_SEGMENT_LABELS: Readonly<Record<TerritorySegment, Message>> = {
  terminaux: { fr: "Terminaux", en: "Devices" },
  reseaux: { fr: "Réseaux", en: "Networks" },
  centresDeDonnees: { fr: "Centres de données", en: "Data centres" },
};
