import { definedProps, NrsError, type Problem } from "@nrs/core";
import { computeCloudFootprint } from "../cloud/cloud-footprint.js";
import type { FactorPack } from "../packs/factor-pack.js";
import { combineFootprints, type FootprintResult } from "../footprint-result.js";
import { computeHostingFootprint } from "./hosting-footprint.js";
import type { OnPremiseEquipmentInput } from "./hosting-input.js";
import { sumImpacts } from "../impact/impact-arithmetic.js";
import type { ImpactTable } from "../impact.js";
import type { HostingInventory } from "./parse-hosting-inventory.js";

/**
 * Options of {@link computeHostingInventoryFootprint}.
 *
 * @example
 * ```ts
 * import { computeHostingInventoryFootprint, type HostingInventoryFootprintOptions } from "@nrs/footprint";
 * const options: HostingInventoryFootprintOptions = { year: 2025 };
 * console.log(computeHostingInventoryFootprint({ servers: [], contracts: [], cloud: [] }, options).parts.length); // 0
 * ```
 */
export interface HostingInventoryFootprintOptions {
  /** The reporting year (servers' embodied share, grid factor and PUE of that year). */
  readonly year: number;
  /** Factor pack; the default French pack when absent. */
  readonly pack?: FactorPack;
}

/**
 * One line of a hosting inventory and its footprint.
 *
 * @example
 * ```ts
 * import { computeHostingInventoryFootprint, parseHostingInventory, type HostingInventoryPart } from "@nrs/footprint";
 * const inv = parseHostingInventory({ contrats: [{ identifiant: "HEB", consommation_kwh_an: 1000, pue: "1.5" }] });
 * if (!inv.ok) throw new Error("unexpected");
 * const part: HostingInventoryPart | undefined = computeHostingInventoryFootprint(inv.value, { year: 2024 }).parts[0];
 * console.log(part?.kind, part?.name); // contract HEB
 * ```
 */
export interface HostingInventoryPart {
  /** Which list of the file the line comes from. */
  readonly kind: "server" | "contract" | "cloud";
  /** The line's `identifiant`, else its kind and position (`serveur 1`). */
  readonly name: string;
  /** `""` when the line names no entity. */
  readonly entity: string;
  /** The line's impacts and trace. */
  readonly result: FootprintResult;
}

/**
 * The footprint of a hosting inventory: total, parts and per-entity totals.
 *
 * @example
 * ```ts
 * import { computeHostingInventoryFootprint, parseHostingInventory, type HostingInventoryFootprintResult } from "@nrs/footprint";
 * const inv = parseHostingInventory({ contrats: [{ consommation_kwh_an: 1000, pue: "1.5", entite: "epci" }] });
 * if (!inv.ok) throw new Error("unexpected");
 * const r: HostingInventoryFootprintResult = computeHostingInventoryFootprint(inv.value, { year: 2024 });
 * console.log(Object.keys(r.byEntity)); // ["epci"]
 * ```
 */
export interface HostingInventoryFootprintResult extends FootprintResult {
  /** One part per line of the inventory, servers first, then contracts, then cloud. */
  readonly parts: readonly HostingInventoryPart[];
  /** Impacts per entity (`""` for lines that name none). */
  readonly byEntity: Readonly<Record<string, ImpactTable>>;
  /** Contracts left out because their dates do not meet the reporting year. */
  readonly skipped: readonly string[];
}

function prefixed(e: unknown, path: (string | number)[]): Problem[] {
  if (!(e instanceof NrsError)) throw e;
  return e.problems.map((p) => ({ ...p, path: [...path, ...p.path.slice(2)] }));
}

/**
 * Computes a hosting inventory (`hebergement.json`, read by {@link parseHostingInventory}) for a
 * reporting year: on-premise servers with `computeHostingFootprint` (embodied share over their
 * lifetime, measured or estimated electricity times PUE and grid), hosting contracts (their kWh times
 * PUE and grid) and cloud usage with `computeCloudFootprint` (Cloud Carbon Footprint method). Every
 * problem of every line is gathered before an {@link NrsError} is thrown, with the path of the line in
 * the file (`["serveurs", 0, "pue"]`).
 *
 * @example
 * ```ts
 * import { computeHostingInventoryFootprint, parseHostingInventory } from "@nrs/footprint";
 * const inv = parseHostingInventory({
 *   serveurs: [{ identifiant: "SRV-1", quantite: 2, date_acquisition: "2022-03-01", consommation_kwh_an: "6000", pue: "1.8", entite: "epci" }],
 *   contrats: [{ identifiant: "HEB-1", consommation_kwh_an: "20000", pue: "1.4", entite: "epci" }],
 *   cloud: [{ fournisseur: "aws", region: "eu-west-3", vcpu_heures: "8760", entite: "26901" }],
 * });
 * if (!inv.ok) throw new Error("unexpected");
 * const r = computeHostingInventoryFootprint(inv.value, { year: 2024 });
 * console.log(r.parts.map((p) => p.kind), Object.keys(r.byEntity)); // ["server", "contract", "cloud"] ["26901", "epci"]
 * ```
 */
export function computeHostingInventoryFootprint(
  inventory: HostingInventory,
  options: HostingInventoryFootprintOptions,
): HostingInventoryFootprintResult {
  const { year } = options;
  const calc = definedProps({ pack: options.pack });
  const problems: Problem[] = [];
  const parts: HostingInventoryPart[] = [];
  const skipped: string[] = [];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;

  inventory.servers.forEach((s, i) => {
    const name = s.id ?? `serveur ${i + 1}`;
    const server: OnPremiseEquipmentInput = {
      name,
      quantity: s.quantity,
      ...definedProps({
        acquisitionDate: s.acquisitionDate,
        retirementDate: s.retirementDate,
        lifetimeYears: s.lifetimeYears,
        location: s.location,
        pue: s.pue,
      }),
      ...(s.annualKwh !== undefined
        ? { use: { kwhPerYear: s.annualKwh, per: "group" as const } }
        : // eslint-disable-next-line no-restricted-syntax -- a use record built from the measured kWh or the power, not a value passed on
          s.powerW !== undefined
          ? { use: { powerW: s.powerW } }
          : {}),
    };
    try {
      const r = computeHostingFootprint({ year, servers: [server] }, calc);
      parts.push({ kind: "server", name, entity: s.entity ?? "", result: { impacts: r.impacts, trace: r.trace } });
    } catch (e) {
      problems.push(...prefixed(e, ["serveurs", i]));
    }
  });

  inventory.contracts.forEach((c, i) => {
    const name = c.id ?? c.provider ?? `contrat ${i + 1}`;
    if ((c.endDate !== undefined && c.endDate < start) || (c.startDate !== undefined && c.startDate > end)) {
      skipped.push(name);
      return;
    }
    try {
      const r = computeHostingFootprint(
        {
          year,
          contracts: [
            {
              name,
              kwhPerYear: c.annualKwh,
              ...definedProps({ pue: c.pue, location: c.location }),
            },
          ],
        },
        calc,
      );
      parts.push({ kind: "contract", name, entity: c.entity ?? "", result: { impacts: r.impacts, trace: r.trace } });
    } catch (e) {
      problems.push(...prefixed(e, ["contrats", i]));
    }
  });

  inventory.cloud.forEach((c, i) => {
    const name = c.id ?? `cloud ${i + 1}`;
    try {
      const r = computeCloudFootprint(c.usage);
      parts.push({ kind: "cloud", name, entity: c.entity ?? "", result: { impacts: r.impacts, trace: r.trace } });
    } catch (e) {
      if (!(e instanceof NrsError)) throw e;
      problems.push(...e.problems.map((p) => ({ ...p, path: ["cloud", i, ...p.path] })));
    }
  });

  if (problems.length > 0) throw new NrsError(problems);
  const total = combineFootprints(parts.map((p) => p.result));
  const byEntity: Record<string, ImpactTable> = {};
  const entities = [...new Set(parts.map((p) => p.entity))].sort();
  for (const e of entities) byEntity[e] = sumImpacts(parts.filter((p) => p.entity === e).map((p) => p.result.impacts));
  return { impacts: total.impacts, trace: total.trace, parts, byEntity, skipped };
}
