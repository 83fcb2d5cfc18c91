import type { Decimal } from "decimal.js";

/**
 * One row read back from a published file of the national schema `impact-service-public-numerique`
 * (v0.5.0), with its CSV line.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { PublishedIndicatorRow } from "@nrs/report";
 * const r: PublishedIndicatorRow = {
 *   line: 2, administration: "Ville de Fictiville", service: "Stratégie numérique responsable", indicateur: "Part des achats issus du réemploi",
 *   valeur: new Decimal(22), unite: "%", estCible: false, typeIndicateur: "impact", frequence: "annuelle", date: "2025-12-31",
 *   estPeriode: true, estAutomatise: true, sourceCollecte: "achats (9)",
 * };
 * console.log(r.valeur.toString());
 * ```
 */
export interface PublishedIndicatorRow {
  /** CSV line of the row (1-based). */
  readonly line: number;
  /** `administration_rattachement`. */
  readonly administration: string;
  /** `nom_service_public_numerique`. */
  readonly service: string;
  /** `indicateur`. */
  readonly indicateur: string;
  /** `valeur`. */
  readonly valeur: Decimal;
  /** `unite_mesure`. */
  readonly unite: string;
  /** `est_cible`. */
  readonly estCible: boolean;
  /** `type_indicateur`. */
  readonly typeIndicateur: "usage" | "impact";
  /** `frequence_monitoring`. */
  readonly frequence: string;
  /** `date` (`YYYY-MM-DD`). */
  readonly date: string;
  /** `est_periode`. */
  readonly estPeriode: boolean;
  /** `date_debut`. */
  readonly dateDebut?: string;
  /** `est_automatise`. */
  readonly estAutomatise: boolean;
  /** `source_collecte`. */
  readonly sourceCollecte: string;
  /** `denom_insee`. */
  readonly denomInsee?: string;
  /** `code_insee`. */
  readonly codeInsee?: string;
  /** `commentaires`. */
  readonly commentaires?: string;
  /** The catalogue code, when `commentaires` carries one (`code: …;`, as `toOpenDataRows` writes). */
  readonly code?: string;
}
