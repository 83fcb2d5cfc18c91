import type { Decimal } from "decimal.js";
import * as z from "zod/mini";
import { check, fail, ok, safeParse, zNonNegativeDecimal, zPositiveDecimal, type Problem, type Result } from "@nrs/core";
import type { CloudUsage } from "../cloud/cloud-usage.js";
import { daysInMonth } from "../calendar-day.js";
import { MAX_LIFETIME_YEARS } from "../inventory/inventory-limits.js";

const zDate = z.string().check(
  check(
    (s: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (m === null) return false;
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      return y >= 1980 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
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

const HostingSchema = z.strictObject({
  annee: z.optional(z.int().check(z.minimum(1980), z.maximum(2100))),
  serveurs: z.optional(z.array(ServerSchema)),
  contrats: z.optional(z.array(ContractSchema)),
  cloud: z.optional(z.array(CloudSchema)),
});

/**
 * An on-premise server line of a hosting inventory.
 *
 * @example
 * ```ts
 * import { parseHostingInventory, type HostedServer } from "@nrs/footprint";
 * const r = parseHostingInventory({ serveurs: [{ quantite: 3, puissance_w: "250" }] });
 * const s: HostedServer | undefined = r.ok ? r.value.servers[0] : undefined;
 * console.log(s?.quantity, s?.powerW?.toString()); // 3 "250"
 * ```
 */
export interface HostedServer {
  /** The line's `identifiant`. */
  readonly id?: string;
  /** Number of identical servers (whole number ≥ 1). */
  readonly quantity: number;
  /** `YYYY-MM-DD`. */
  readonly acquisitionDate?: string;
  /** `YYYY-MM-DD`, not before the acquisition date. */
  readonly retirementDate?: string;
  /** Service life in years (the pack's default for servers when absent). */
  readonly lifetimeYears?: Decimal;
  /** Measured electricity of the line (IT load, PUE excluded), kWh per year. */
  readonly annualKwh?: Decimal;
  /** Average electrical power per server, W, when no measure is available. */
  readonly powerW?: Decimal;
  /** Power usage effectiveness of the room (the pack's national default when absent). */
  readonly pue?: Decimal;
  /** Electricity grid zone, e.g. `FR`. */
  readonly location?: string;
  /** Owning entity (`epci`, an INSEE code). */
  readonly entity?: string;
  /** Free comment. */
  readonly comment?: string;
}

/**
 * A hosting contract (a provider's data centre) of a hosting inventory.
 *
 * @example
 * ```ts
 * import { parseHostingInventory, type HostingContract } from "@nrs/footprint";
 * const r = parseHostingInventory({ contrats: [{ prestataire: "Hébergeur", consommation_kwh_an: "40000", pue: "1.4" }] });
 * const c: HostingContract | undefined = r.ok ? r.value.contracts[0] : undefined;
 * console.log(c?.annualKwh.toString()); // "40000"
 * ```
 */
export interface HostingContract {
  /** The line's `identifiant`. */
  readonly id?: string;
  /** The hosting provider's name. */
  readonly provider?: string;
  /** What is hosted. */
  readonly subject?: string;
  /** IT electricity billed or reported by the provider, kWh per year (PUE excluded). */
  readonly annualKwh: Decimal;
  /** Power usage effectiveness of the provider's data centre (national default when absent). */
  readonly pue?: Decimal;
  /** Electricity grid zone of the data centre, e.g. `FR`. */
  readonly location?: string;
  /** Entity that holds the contract. */
  readonly entity?: string;
  /** `YYYY-MM-DD`: a contract starting after the reporting year is left out. */
  readonly startDate?: string;
  /** `YYYY-MM-DD`: a contract ended before the reporting year is left out. */
  readonly endDate?: string;
  /** Free comment. */
  readonly comment?: string;
}

/**
 * A cloud usage line: a {@link CloudUsage} for `computeCloudFootprint`, with its identifier and entity.
 *
 * @example
 * ```ts
 * import { parseHostingInventory, type HostedCloudUsage } from "@nrs/footprint";
 * const r = parseHostingInventory({ cloud: [{ fournisseur: "azure", region: "francecentral", stockage_hdd_to_heures: "8760" }] });
 * const c: HostedCloudUsage | undefined = r.ok ? r.value.cloud[0] : undefined;
 * console.log(c?.usage.provider); // "azure"
 * ```
 */
export interface HostedCloudUsage {
  /** The line's `identifiant`. */
  readonly id?: string;
  /** Entity that pays for the usage (`epci`, an INSEE code). */
  readonly entity?: string;
  /** Free comment. */
  readonly comment?: string;
  /** The usage, ready for `computeCloudFootprint`. */
  readonly usage: CloudUsage;
}

/**
 * The content of a `hebergement.json` file.
 *
 * @example
 * ```ts
 * import { parseHostingInventory, type HostingInventory } from "@nrs/footprint";
 * const r = parseHostingInventory({ annee: 2025, serveurs: [], contrats: [], cloud: [] });
 * const inv: HostingInventory | undefined = r.ok ? r.value : undefined;
 * console.log(inv?.year, inv?.servers.length); // 2025 0
 * ```
 */
export interface HostingInventory {
  /** The year the file describes (`annee`), when given. */
  readonly year?: number;
  /** On-premise servers (`serveurs`). */
  readonly servers: readonly HostedServer[];
  /** Hosting contracts (`contrats`). */
  readonly contracts: readonly HostingContract[];
  /** Cloud usage (`cloud`). */
  readonly cloud: readonly HostedCloudUsage[];
}

type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops the keys whose value is undefined (the types use exact optional properties). */
function defined<T extends object>(o: T): Defined<T> {
  for (const k of Object.keys(o)) if ((o as Record<string, unknown>)[k] === undefined) delete (o as Record<string, unknown>)[k];
  return o as Defined<T>;
}

/**
 * Reads a hosting inventory (`hebergement.json`: on-premise servers, hosting contracts, cloud usage;
 * format in `docs/formats/inventaire.md`). Decimals may be numbers or strings with a dot. Every problem
 * is returned with its path and a French and English message.
 *
 * @example
 * ```ts
 * import { parseHostingInventory } from "@nrs/footprint";
 * const r = parseHostingInventory({
 *   annee: 2024,
 *   serveurs: [{ quantite: 4, date_acquisition: "2021-05-03", consommation_kwh_an: "12000", pue: "1.8", entite: "epci" }],
 *   contrats: [{ prestataire: "Hébergeur", consommation_kwh_an: 30000, pue: "1.4" }],
 *   cloud: [{ fournisseur: "aws", region: "eu-west-3", vcpu_heures: "8760" }],
 * });
 * if (!r.ok) throw new Error("unexpected");
 * console.log(r.value.servers[0]?.annualKwh?.toString(), r.value.cloud[0]?.usage.region); // 12000 eu-west-3
 * ```
 */
export function parseHostingInventory(input: unknown): Result<HostingInventory> {
  const r = safeParse(HostingSchema, input);
  if (!r.ok) return r;
  const v = r.value;
  const servers: HostedServer[] = (v.serveurs ?? []).map((s) =>
    defined({
      id: s.identifiant,
      quantity: s.quantite,
      acquisitionDate: s.date_acquisition,
      retirementDate: s.date_sortie,
      lifetimeYears: s.duree_vie_annees,
      annualKwh: s.consommation_kwh_an,
      powerW: s.puissance_w,
      pue: s.pue,
      location: s.localisation?.toUpperCase(),
      entity: s.entite,
      comment: s.commentaire,
    }),
  );
  const contracts: HostingContract[] = (v.contrats ?? []).map((c) =>
    defined({
      id: c.identifiant,
      provider: c.prestataire,
      subject: c.objet,
      annualKwh: c.consommation_kwh_an,
      pue: c.pue,
      location: c.localisation?.toUpperCase(),
      entity: c.entite,
      startDate: c.date_debut,
      endDate: c.date_fin,
      comment: c.commentaire,
    }),
  );
  const problems: Problem[] = [];
  const cloud: HostedCloudUsage[] = (v.cloud ?? []).map((c, i) => {
    if (
      c.vcpu_heures === undefined &&
      c.memoire_go_heures === undefined &&
      c.stockage_ssd_to_heures === undefined &&
      c.stockage_hdd_to_heures === undefined &&
      c.reseau_go === undefined
    ) {
      problems.push({
        code: "NRS_INVENTORY_EMPTY_CLOUD",
        severity: "error",
        path: ["cloud", i],
        message: {
          fr: "Aucun usage cloud indiqué (vcpu_heures, memoire_go_heures, stockage…, reseau_go).",
          en: "No cloud usage given (vcpu_heures, memoire_go_heures, storage…, reseau_go).",
        },
      });
    }
    const usage = defined({
      provider: c.fournisseur,
      region: c.region,
      pue: c.pue,
      compute: c.vcpu_heures === undefined ? undefined : defined({ vcpuHours: c.vcpu_heures, utilisation: c.utilisation }),
      memory: c.memoire_go_heures === undefined ? undefined : { gbHours: c.memoire_go_heures },
      storage:
        c.stockage_ssd_to_heures === undefined && c.stockage_hdd_to_heures === undefined
          ? undefined
          : defined({ ssdTbHours: c.stockage_ssd_to_heures, hddTbHours: c.stockage_hdd_to_heures }),
      networking: c.reseau_go === undefined ? undefined : { gb: c.reseau_go },
    }) as CloudUsage;
    return defined({ id: c.identifiant, entity: c.entite, comment: c.commentaire, usage });
  });
  if (problems.length > 0) return fail(problems);
  return ok(defined({ year: v.annee, servers, contracts, cloud }));
}
