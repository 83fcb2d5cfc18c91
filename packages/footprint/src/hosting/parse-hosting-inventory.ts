import type { Decimal } from "decimal.js";
import { definedProps, fail, ok, safeParse, type Problem, type Result } from "@nrs/core";
import type { CloudUsage } from "../cloud/cloud-usage.js";
import { HostingSchema } from "./hosting-inventory-schema.js";

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
    definedProps({
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
    definedProps({
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
    const usage = definedProps({
      provider: c.fournisseur,
      region: c.region,
      pue: c.pue,
      compute: c.vcpu_heures === undefined ? undefined : definedProps({ vcpuHours: c.vcpu_heures, utilisation: c.utilisation }),
      memory: c.memoire_go_heures === undefined ? undefined : { gbHours: c.memoire_go_heures },
      storage:
        c.stockage_ssd_to_heures === undefined && c.stockage_hdd_to_heures === undefined
          ? undefined
          : definedProps({ ssdTbHours: c.stockage_ssd_to_heures, hddTbHours: c.stockage_hdd_to_heures }),
      networking: c.reseau_go === undefined ? undefined : { gb: c.reseau_go },
    }) as CloudUsage;
    return definedProps({ id: c.identifiant, entity: c.entite, comment: c.commentaire, usage });
  });
  if (problems.length > 0) return fail(problems);
  return ok(definedProps({ year: v.annee, servers, contracts, cloud }));
}
