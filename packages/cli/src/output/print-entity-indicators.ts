import { Decimal } from "decimal.js";
import { DEFAULT_ENTITY, indicatorDefinition } from "@nrs/indicators";
import { CLES_REPARTITION, type Collectivite } from "@nrs/model";
import { formatPublished } from "@nrs/report";
import type { EntityIndicators } from "../project/entity-indicators.js";
import { entityName } from "../project/entity-name.js";
import { renderTable } from "./render-table.js";
import type { Reporter } from "./reporter.js";

/**
 * Prints how each shared service's indicators were split (its key, each entity's key and share, then
 * per additive indicator the service's figure and each entity's part, which add up to it exactly), then
 * the indicators of the entities that share a service, their parts included.
 */
export function printEntityIndicators(a: EntityIndicators, c: Collectivite, r: Reporter): void {
  const fr = r.lang === "fr";
  const label = (code: string): string => {
    const def = indicatorDefinition(code);
    return def ? r.t(def.label) : code;
  };
  const sharing = new Set<string>();
  for (const s of a.splits) {
    const service = c.servicesPartages?.find((x) => x.code === s.code);
    // In the order collectivite.json lists them (an INSEE code would come first in the keys' own order).
    const listed = (service?.entites ?? []).map((e) => (s.keys[e] === undefined ? DEFAULT_ENTITY : e));
    const entities = [...new Set([...listed, ...Object.keys(s.keys)])].filter((e) => s.keys[e] !== undefined);
    for (const e of entities) sharing.add(e);
    const sum = entities.reduce((t, e) => t.plus(s.keys[e]!), new Decimal(0));
    const keys = entities
      .map(
        (e) =>
          `${entityName(c, e)} ${formatPublished(s.keys[e]!, r.lang)} (${formatPublished(new Decimal(s.keys[e]!).div(sum).times(100), r.lang)} %)`,
      )
      .join(fr ? " ; " : "; ");
    r.line();
    r.line(
      fr
        ? `Service partagé « ${service?.nom ?? s.code} » (${s.code}), réparti ${service ? r.t(CLES_REPARTITION[service.cle]) : s.basis} : ${keys}`
        : `Shared service "${service?.nom ?? s.code}" (${s.code}), split ${service ? r.t(CLES_REPARTITION[service.cle]) : s.basis}: ${keys}`,
    );
    if (s.rows.length === 0) {
      r.line(fr ? "  Aucun indicateur additif calculé pour ce service." : "  No additive indicator computed for this service.");
      continue;
    }
    const rows = [[fr ? "Indicateur" : "Indicator", fr ? "Unité" : "Unit", fr ? "Service" : "Service", ...entities]];
    for (const row of s.rows) {
      rows.push([
        label(row.code),
        row.unit,
        formatPublished(row.total, r.lang),
        ...entities.map((e) => (row.parts[e] === undefined ? "—" : formatPublished(row.parts[e]!, r.lang))),
      ]);
    }
    r.line(renderTable(rows));
  }
  const columns = a.entities.filter((e) => sharing.has(e));
  if (columns.length === 0) return;
  r.line();
  r.line(
    fr
      ? `Indicateurs par entité, parts des services partagés comprises (${columns.map((e) => `${e} : ${entityName(c, e)}`).join(" ; ")})`
      : `Indicators per entity, shares of the shared services included (${columns.map((e) => `${e}: ${entityName(c, e)}`).join("; ")})`,
  );
  const codes: string[] = [];
  for (const e of columns) for (const v of a.byEntity.get(e)?.values ?? []) if (!codes.includes(v.code)) codes.push(v.code);
  const rows = [[fr ? "Indicateur" : "Indicator", fr ? "Unité" : "Unit", ...columns]];
  for (const code of codes) {
    const values = columns.map((e) => a.byEntity.get(e)?.values.find((v) => v.code === code));
    rows.push([label(code), values.find((v) => v)?.unit ?? "", ...values.map((v) => (v ? formatPublished(v.value, r.lang) : "—"))]);
  }
  r.line(renderTable(rows));
}
