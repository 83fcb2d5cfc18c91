import type { NationalSchema } from "../national-schema.js";
import type { TableSchemaField } from "../table-schema.js";

/**
 * Monitoring frequencies allowed by `impact-service-public-numerique` (`frequence_monitoring`).
 *
 * @example
 * ```ts
 * import { OPEN_DATA_FREQUENCIES } from "@nrs/report";
 * console.log(OPEN_DATA_FREQUENCIES.includes("annuelle")); // true
 * ```
 */
export const OPEN_DATA_FREQUENCIES = [
  "quotidienne",
  "hebdomadaire",
  "mensuelle",
  "annuelle",
  "trimestrielle",
  "semestrielle",
  "autre",
] as const;

/**
 * Chart kinds allowed in the `dataviz_wish` field of `impact-service-public-numerique`.
 *
 * @example
 * ```ts
 * import { OPEN_DATA_DATAVIZ } from "@nrs/report";
 * console.log(OPEN_DATA_DATAVIZ[0]); // linechart
 * ```
 */
export const OPEN_DATA_DATAVIZ = ["linechart", "barchart", "map", "scatterplot", "piechart"] as const;

/**
 * Kinds of indicator of `impact-service-public-numerique` v0.5.0 (`type_indicateur`, required): a
 * `usage` indicator measures how a service is used, an `impact` indicator the effect sought.
 *
 * @example
 * ```ts
 * import { OPEN_DATA_INDICATOR_TYPES } from "@nrs/report";
 * console.log(OPEN_DATA_INDICATOR_TYPES.join("|")); // usage|impact
 * ```
 */
export const OPEN_DATA_INDICATOR_TYPES = ["usage", "impact"] as const;

/**
 * INSEE geographic levels allowed in `denom_insee` (v0.4.0 and later): `COM` for a commune, `DEP`,
 * `REG`… An EPCI has no level of its own in this list.
 *
 * @example
 * ```ts
 * import { OPEN_DATA_DENOM_INSEE } from "@nrs/report";
 * console.log(OPEN_DATA_DENOM_INSEE.includes("COM")); // true
 * ```
 */
export const OPEN_DATA_DENOM_INSEE = ["REG", "DEP", "COM", "ARR", "COMER", "COM_COMER", "COG", "CTCD", "CAN"] as const;

/** A column name of `impact-service-public-numerique` v0.5.0. */
export type OpenDataFieldName =
  | "administration_rattachement"
  | "nom_service_public_numerique"
  | "indicateur"
  | "valeur"
  | "unite_mesure"
  | "est_cible"
  | "type_indicateur"
  | "frequence_monitoring"
  | "date"
  | "est_periode"
  | "date_debut"
  | "est_automatise"
  | "source_collecte"
  | "denom_insee"
  | "code_insee"
  | "dataviz_wish"
  | "commentaires";

const req = { required: true } as const;
const opt = { required: false } as const;
const DATE = "%Y-%m-%d";

const FIELDS = [
  { name: "administration_rattachement", title: "Administration de rattachement", type: "string", constraints: req },
  { name: "nom_service_public_numerique", title: "Nom du service public numérique", type: "string", constraints: req },
  { name: "indicateur", title: "Indicateur", type: "string", constraints: req },
  { name: "valeur", title: "Valeur", type: "number", constraints: req },
  { name: "unite_mesure", title: "Unité de mesure", type: "string", constraints: req },
  { name: "est_cible", title: "Valeur cible", type: "boolean", constraints: req },
  { name: "type_indicateur", title: "Type d'indicateur", type: "string", constraints: { required: true, enum: OPEN_DATA_INDICATOR_TYPES } },
  {
    name: "frequence_monitoring",
    title: "Fréquence de suivi",
    type: "string",
    constraints: { required: true, enum: OPEN_DATA_FREQUENCIES },
  },
  { name: "date", title: "Date", type: "date", format: DATE, constraints: req },
  { name: "est_periode", title: "Mesure sur une période", type: "boolean", constraints: req },
  { name: "date_debut", title: "Début de la période", type: "date", format: DATE, constraints: opt },
  { name: "est_automatise", title: "Collecte automatisée", type: "boolean", constraints: req },
  { name: "source_collecte", title: "Source de la collecte", type: "string", constraints: req },
  {
    name: "denom_insee",
    title: "Échelon géographique INSEE",
    type: "string",
    constraints: { required: false, enum: OPEN_DATA_DENOM_INSEE },
  },
  { name: "code_insee", title: "Code INSEE", type: "string", constraints: opt },
  { name: "dataviz_wish", title: "Visualisation souhaitée", type: "string", constraints: { required: false, enum: OPEN_DATA_DATAVIZ } },
  { name: "commentaires", title: "Commentaires", type: "string", constraints: opt },
] as const satisfies readonly (TableSchemaField & { readonly name: OpenDataFieldName })[];

/**
 * `impact-service-public-numerique` v0.5.0 (Etalab / data.gouv.fr, Etalab Licence Ouverte 2.0): a time
 * series of indicator values. v0.4.0 added the optional `denom_insee`, v0.5.0 the required
 * `type_indicateur` (`usage` | `impact`).
 *
 * @example
 * ```ts
 * import { IMPACT_SERVICE_PUBLIC_NUMERIQUE_V0_5_0 } from "@nrs/report";
 * console.log(IMPACT_SERVICE_PUBLIC_NUMERIQUE_V0_5_0.fields.length); // 17
 * ```
 */
export const IMPACT_SERVICE_PUBLIC_NUMERIQUE_V0_5_0: NationalSchema<OpenDataFieldName> = {
  id: "etalab/schema-impact-service-public-numerique",
  name: "impact-service-public-numerique",
  title: "Impact d’un service public numérique",
  version: "0.5.0",
  url: "https://github.com/etalab/schema-impact-service-public-numerique/raw/v0.5.0/schema.json",
  page: "https://schema.data.gouv.fr/etalab/schema-impact-service-public-numerique/0.5.0/",
  licence: "etalab-2.0",
  fields: FIELDS,
};
