import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { check, parseIsoDay, zNonNegativeDecimal, zPositiveDecimal } from "@nrs/core";
import { MAX_LIFETIME_YEARS } from "../inventory/inventory-limits.js";

const zDate = z.string().check(
  check(
    (s: string) => {
      const day = parseIsoDay(s);
      return day !== undefined && day.year >= 1980 && day.year <= 2100;
    },
    "NRS_INVENTORY_BAD_DATE",
    "Date AAAA-MM-JJ existante attendue (1980–2100).",
    "An existing YYYY-MM-DD date is expected (1980–2100).",
  ),
);
const zText = z.string().check(z.minLength(1), z.maxLength(500));
const zEntity = z.string().check(z.minLength(1), z.maxLength(64));
const zLocation = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/));
const zPue = zPositiveDecimal.check(
  check(
    (d: Decimal) => d.greaterThanOrEqualTo(1) && d.lessThanOrEqualTo(5),
    "NRS_INVENTORY_BAD_PUE",
    "Le PUE est compris entre 1 et 5.",
    "A PUE lies between 1 and 5.",
  ),
);
const zLifetime = zPositiveDecimal.check(
  check(
    (d: Decimal) => d.lessThanOrEqualTo(MAX_LIFETIME_YEARS),
    "NRS_INVENTORY_TOO_LARGE",
    `Durée de vie de ${MAX_LIFETIME_YEARS} ans au plus.`,
    `A lifetime of at most ${MAX_LIFETIME_YEARS} years.`,
  ),
);
const zShare = zNonNegativeDecimal.check(
  check(
    (d: Decimal) => d.lessThanOrEqualTo(1),
    "NRS_SHARE_ABOVE_ONE",
    "Une part est comprise entre 0 et 1.",
    "A share lies between 0 and 1.",
  ),
);

const datesInOrder = (a?: string, b?: string): boolean => a === undefined || b === undefined || a <= b;
const DATE_ORDER = [
  "NRS_INVENTORY_DATE_ORDER",
  "La date de fin précède la date de début.",
  "The end date is before the start date.",
] as const;

const ServerSchema = z
  .strictObject({
    identifiant: z.optional(zText),
    quantite: z.int().check(z.minimum(1), z.maximum(100_000)),
    date_acquisition: z.optional(zDate),
    date_sortie: z.optional(zDate),
    duree_vie_annees: z.optional(zLifetime),
    consommation_kwh_an: z.optional(zNonNegativeDecimal),
    puissance_w: z.optional(zNonNegativeDecimal),
    pue: z.optional(zPue),
    localisation: z.optional(zLocation),
    entite: z.optional(zEntity),
    commentaire: z.optional(zText),
  })
  .check(
    check(
      (s: { date_acquisition?: string | undefined; date_sortie?: string | undefined }) => datesInOrder(s.date_acquisition, s.date_sortie),
      ...DATE_ORDER,
    ),
  );

const ContractSchema = z
  .strictObject({
    identifiant: z.optional(zText),
    prestataire: z.optional(zText),
    objet: z.optional(zText),
    consommation_kwh_an: zNonNegativeDecimal,
    pue: z.optional(zPue),
    localisation: z.optional(zLocation),
    entite: z.optional(zEntity),
    date_debut: z.optional(zDate),
    date_fin: z.optional(zDate),
    commentaire: z.optional(zText),
  })
  .check(
    check((c: { date_debut?: string | undefined; date_fin?: string | undefined }) => datesInOrder(c.date_debut, c.date_fin), ...DATE_ORDER),
  );

const CloudSchema = z.strictObject({
  identifiant: z.optional(zText),
  fournisseur: z.enum(["aws", "gcp", "azure"]),
  region: z.string().check(z.minLength(1), z.maxLength(64)),
  vcpu_heures: z.optional(zNonNegativeDecimal),
  utilisation: z.optional(zShare),
  memoire_go_heures: z.optional(zNonNegativeDecimal),
  stockage_ssd_to_heures: z.optional(zNonNegativeDecimal),
  stockage_hdd_to_heures: z.optional(zNonNegativeDecimal),
  reseau_go: z.optional(zNonNegativeDecimal),
  pue: z.optional(zPue),
  entite: z.optional(zEntity),
  commentaire: z.optional(zText),
});

/** The schema `hebergement.json` is read with (French keys, decimals as numbers or strings with a dot). */
export const HostingSchema = z.strictObject({
  annee: z.optional(z.int().check(z.minimum(1980), z.maximum(2100))),
  serveurs: z.optional(z.array(ServerSchema)),
  contrats: z.optional(z.array(ContractSchema)),
  cloud: z.optional(z.array(CloudSchema)),
});
