import { CLES_REPARTITION, type Collectivite } from "@nrs/model";
import { entityName } from "../project/entity-name.js";
import { formatNumber } from "@nrs/report";
import type { SharedAllocation } from "../project/shared-allocation.js";
import { renderTable } from "./render-table.js";
import type { Reporter } from "./reporter.js";

/**
 * Prints how each shared service's climate-change figure was split: the service, its key, its total,
 * then each entity's key, share and part (which add up to the total exactly), then the figure per entity
 * after the split.
 */
export function printSharedAllocation(a: SharedAllocation, c: Collectivite, r: Reporter): void {
  if (a.splits.length === 0) return;
  const fr = r.lang === "fr";
  const n = (v: { toString(): string }): string => formatNumber(v.toString(), r.lang, { decimals: 0 });
  const pct = (v: { toString(): string }): string => formatNumber(v.toString(), r.lang, { decimals: 1 });
  for (const s of a.splits) {
    const service = c.servicesPartages?.find((x) => x.code === s.code);
    const cle = service ? r.t(CLES_REPARTITION[service.cle]) : s.basis;
    r.line();
    r.line(
      fr
        ? `Service partagé « ${service?.nom ?? s.code} » (${s.code}) : ${n(s.total)} kgCO2e répartis ${cle}`
        : `Shared service "${service?.nom ?? s.code}" (${s.code}): ${n(s.total)} kgCO2e split ${cle}`,
    );
    const keySum = Object.values(s.keys).reduce((t, k) => t.plus(k), s.total.minus(s.total));
    const rows: string[][] = [[fr ? "Entité" : "Entity", fr ? "Clé" : "Key", fr ? "Part (%)" : "Share (%)", "kgCO2e"]];
    for (const [e, part] of Object.entries(s.parts)) {
      const key = s.keys[e]!;
      rows.push([entityName(c, e), key.toString(), pct(key.div(keySum).times(100)), n(part)]);
    }
    r.line(renderTable(rows));
  }
  r.line();
  r.line(
    fr
      ? "Changement climatique par entité, services partagés répartis (kgCO2e)"
      : "Climate change per entity, shared services split (kgCO2e)",
  );
  const rows: string[][] = [[fr ? "Entité" : "Entity", "kgCO2e"]];
  for (const [e, v] of Object.entries(a.byEntity)) rows.push([entityName(c, e), n(v)]);
  r.line(renderTable(rows));
}
