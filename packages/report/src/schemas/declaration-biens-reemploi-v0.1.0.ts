import type { NationalSchema } from "../national-schema.js";
import type { TableSchemaField } from "../table-schema.js";

/**
 * The 17 product categories of the AGEC art. 58 declaration schema (v0.1.0), in the schema's wording
 * (the `enum` of `type_produit_acquis`; the categories of the annex of décret n° 2024-134).
 *
 * @example
 * ```ts
 * import { AGEC58_CATEGORIES } from "@nrs/report";
 * console.log(AGEC58_CATEGORIES.length); // 17
 * ```
 */
export const AGEC58_CATEGORIES = [
  "Produits textiles à l'exception des équipements de protection individuels",
  "Matériel informatique et téléphonie",
  "Matériel de reprographie et d'impression",
  "Consommables d'impression",
  "Papier",
  "Fournitures de bureau",
  "Engins de transport et pièces détachées",
  "Véhicules et pièces détachées",
  "Mobilier et aménagement d'intérieur",
  "Mobilier urbain",
  "Equipements de collecte de déchets",
  "Bocaux et flacons",
  "Articles et équipement sportifs",
  "Matériel d'entretien des espaces verts",
  "Bâtiments modulaires ou préfabriqués",
  "Gros électroménager, y compris appareils professionnels",
  "Jeux et jouets",
] as const;

/** One of {@link AGEC58_CATEGORIES}. */
export type Agec58Category = (typeof AGEC58_CATEGORIES)[number];

/** A column name of `declaration-biens-reemploi-reutilisation-recycle` v0.1.0. */
export type Agec58FieldName =
  | "annee"
  | "siret"
  | "raison_sociale"
  | "type_produit_acquis"
  | "montant_total"
  | "montant_reemploi_et_reutilisation"
  | "montant_produits_issus_don"
  | "montant_produits_recycles"
  | "commentaires";

const req = { required: true } as const;

const FIELDS = [
  { name: "annee", title: "Année", type: "year", constraints: req },
  { name: "siret", title: "SIRET de l'acheteur", type: "string", constraints: { required: true, pattern: "^\\d{14}$" } },
  { name: "raison_sociale", title: "Raison sociale", type: "string", constraints: req },
  {
    name: "type_produit_acquis",
    title: "Type de produit acquis",
    type: "string",
    constraints: { required: true, enum: AGEC58_CATEGORIES },
  },
  { name: "montant_total", title: "Montant total HT (€)", type: "number", constraints: req },
  {
    name: "montant_reemploi_et_reutilisation",
    title: "Montant des achats issus du réemploi ou de la réutilisation HT (€)",
    type: "number",
    constraints: req,
  },
  { name: "montant_produits_issus_don", title: "Montant des produits issus du don HT (€)", type: "number", constraints: req },
  {
    name: "montant_produits_recycles",
    title: "Montant des produits intégrant des matières recyclées HT (€)",
    type: "number",
    constraints: req,
  },
  { name: "commentaires", title: "Commentaires", type: "string", constraints: { required: false } },
] as const satisfies readonly (TableSchemaField & { readonly name: Agec58FieldName })[];

/**
 * `declaration-biens-reemploi-reutilisation-recycle` v0.1.0 (data.gouv.fr, DINUM and CGDD, Etalab
 * Licence Ouverte 2.0): the yearly declaration of loi n° 2020-105 art. 58, décret n° 2024-134 and
 * arrêté du 13 janvier 2025. Field 6 is `montant_reemploi_et_reutilisation` since 2024-10-07 (the
 * drafts' `montant_valorisation_et_don` never reached a tag).
 *
 * @example
 * ```ts
 * import { DECLARATION_BIENS_REEMPLOI_V0_1_0 } from "@nrs/report";
 * console.log(DECLARATION_BIENS_REEMPLOI_V0_1_0.version, DECLARATION_BIENS_REEMPLOI_V0_1_0.fields[5]?.name); // 0.1.0 montant_reemploi_et_reutilisation
 * ```
 */
export const DECLARATION_BIENS_REEMPLOI_V0_1_0: NationalSchema<Agec58FieldName> = {
  id: "datagouv/schema-declaration-biens-reemploi-reutilisation-recycle",
  name: "schema-declaration-biens-reemploi-reutilisation-recycle",
  title: "Déclaration de l'acquisition de biens issus du réemploi, de la réutilisation ou intégrant des matières recyclées",
  version: "0.1.0",
  url: "https://github.com/datagouv/schema-declaration-biens-reemploi-reutilisation-recycle/raw/v0.1.0/schema.json",
  page: "https://schema.data.gouv.fr/datagouv/schema-declaration-biens-reemploi-reutilisation-recycle/0.1.0/",
  licence: "etalab-2.0",
  fields: FIELDS,
};
