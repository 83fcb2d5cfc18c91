import { msg, type Problem } from "@nrs/core";
import type { Collectivite } from "./collectivite.js";
import { keyFigure } from "./internal/check-shared-organisations.js";
import type { ServicePartage } from "./service-partage.js";

/**
 * The keys of a shared service, ready for `allocate` of `@nrs/indicators`: `basis` (`agents`,
 * `population`, `devices` or `custom` shares) and one key per entity.
 *
 * @example
 * ```ts
 * import type { AllocationKeys } from "@nrs/model";
 * const k: AllocationKeys = { basis: "custom", keys: { epci: "0.8", ccas: "0.2" } };
 * console.log(k.keys.ccas); // 0.2
 * ```
 */
export interface AllocationKeys {
  /** How the keys were obtained. */
  readonly basis: "agents" | "population" | "devices" | "custom";
  /** Entity code → key (decimal string). */
  readonly keys: Readonly<Record<string, string>>;
}

/**
 * The allocation keys of a shared service of `collectivite.json`: the explicit `parts`, or each
 * entity's agents (ETP) or population from `collectivite.json` (already checked there), or its devices
 * (`devices`, the inventory's quantities per entity, which the caller counts). A `devices` key with no
 * device for an entity, or with no count given, is a problem (`NRS_ALLOCATION_KEY_NO_DATA`, path to
 * the service's `cle`), never a silent zero share.
 *
 * @example
 * ```ts
 * import { allocationKeys, parseCollectivite } from "@nrs/model";
 * const c = parseCollectivite({ type: "COMMUNE", nom: "Fictiville", siren: "732829320", codeInsee: "26901", agentsEtp: "800",
 *   population: { valeur: 60000, type: "totale", millesime: 2021 },
 *   entitesLiees: [{ code: "ccas", nom: "CCAS de Fictiville", type: "CCAS", siren: "212345672", agentsEtp: "200" }],
 *   servicesPartages: [{ code: "dsi", nom: "DSI commune", entites: ["epci", "ccas"], cle: "agents" }] });
 * if (!c.ok) throw new Error(JSON.stringify(c.errors));
 * const k = allocationKeys(c.value, c.value.servicesPartages![0]!);
 * console.log(k.ok && k.value); // { basis: 'agents', keys: { epci: '800', ccas: '200' } }
 * ```
 */
export function allocationKeys(
  collectivite: Collectivite,
  service: ServicePartage,
  devices?: Readonly<Record<string, number>>,
): { readonly ok: true; readonly value: AllocationKeys } | { readonly ok: false; readonly problems: readonly Problem[] } {
  const index = (collectivite.servicesPartages ?? []).indexOf(service);
  const path = ["servicesPartages", index < 0 ? 0 : index, "cle"];
  const noData = (fr: string, en: string) => ({
    ok: false as const,
    problems: [{ code: "NRS_ALLOCATION_KEY_NO_DATA", severity: "error" as const, path, message: msg(fr, en) }],
  });
  if (service.cle === "parts") return { ok: true, value: { basis: "custom", keys: { ...(service.parts ?? {}) } } };
  if (service.cle === "equipements") {
    const missing = service.entites.filter((e) => (devices?.[e] ?? 0) <= 0);
    if (missing.length > 0) {
      return noData(
        `Clé « equipements » du service « ${service.code} » : aucun équipement dans l'inventaire pour ${missing.join(", ")}.`,
        `Key "equipements" of service "${service.code}": no device in the inventory for ${missing.join(", ")}.`,
      );
    }
    return { ok: true, value: { basis: "devices", keys: Object.fromEntries(service.entites.map((e) => [e, String(devices![e])])) } };
  }
  const cle = service.cle;
  const figures = service.entites.map((e) => [e, keyFigure(collectivite, e, cle)] as const);
  const missing = figures.filter(([, v]) => v === undefined).map(([e]) => e);
  if (missing.length > 0) {
    return noData(
      `Clé « ${cle} » du service « ${service.code} » : pas de donnée pour ${missing.join(", ")}.`,
      `Key "${cle}" of service "${service.code}": no figure for ${missing.join(", ")}.`,
    );
  }
  return { ok: true, value: { basis: cle, keys: Object.fromEntries(figures) as Record<string, string> } };
}
