import {
  CRITERIA,
  CRITERION_LABELS,
  INVENTORY_TYPES,
  INVENTORY_USAGES,
  STAGES,
  STAGE_LABELS,
  totalOfCriterion,
  type ImpactTable,
  type Trace,
} from "@nrs/footprint";
import type { Message } from "@nrs/core";
import type { Decimal } from "decimal.js";
import { formatNumber } from "@nrs/report";
import { renderTable } from "./render-table.js";
import type { Reporter } from "./reporter.js";

const TYPE_LABELS = new Map(INVENTORY_TYPES.map((t) => [t.code, t.label]));
const USAGE_LABELS = new Map(INVENTORY_USAGES.map((u) => [u.code, u.label]));

/** What `nrs footprint` shows: tables of impacts from `@nrs/footprint`, already computed. */
export interface FootprintView {
  readonly total: ImpactTable;
  /** Parts of the total (each inventory file, each hosting kind, the printing), with the data file they come from. */
  readonly categories: readonly {
    readonly source: "inventaire" | "hebergement" | "impressions";
    readonly label: Message;
    readonly impacts: ImpactTable;
  }[];
  readonly byType: Readonly<Record<string, ImpactTable>>;
  /** The inventory's impacts per usage of its `site` column (`""`: not said). */
  readonly bySite: Readonly<Record<string, ImpactTable>>;
  readonly byEntity: Readonly<Record<string, ImpactTable>>;
  readonly trace: Trace;
}

/**
 * Prints a footprint for a person: totals per criterion with their min–max range, then the climate
 * change figure per lifecycle stage, per category, per device type and per entity, then the factors
 * used with their sources. Only presentation: every number comes from `@nrs/footprint`.
 */
export function printFootprint(view: FootprintView, r: Reporter): void {
  const fr = r.lang === "fr";
  const n = (v: Decimal): string => formatNumber(v, r.lang, { decimals: 0 });

  r.line();
  r.line(fr ? "Total par critère (valeur, fourchette min – max)" : "Total per criterion (value, min – max range)");
  const totals: string[][] = [[fr ? "Critère" : "Criterion", fr ? "Valeur" : "Value", "Min", "Max", fr ? "Unité" : "Unit"]];
  for (const c of CRITERIA) {
    const cell = totalOfCriterion(view.total, c);
    if (cell) totals.push([r.t(CRITERION_LABELS[c]), n(cell.value), n(cell.min), n(cell.max), cell.unit]);
  }
  r.line(totals.length > 1 ? renderTable(totals) : fr ? "  (aucun impact calculé)" : "  (no impact computed)");

  const gwp = totalOfCriterion(view.total, "gwp");
  if (gwp) {
    r.line();
    r.line(fr ? `Changement climatique par étape du cycle de vie (${gwp.unit})` : `Climate change per lifecycle stage (${gwp.unit})`);
    const rows: string[][] = [[fr ? "Étape" : "Stage", gwp.unit, "%"]];
    for (const s of STAGES) {
      const cell = view.total.gwp?.[s];
      if (cell) rows.push([r.t(STAGE_LABELS[s]), n(cell.value), share(cell.value, gwp.value, r)]);
    }
    r.line(renderTable(rows));
    if (view.categories.length > 1) {
      printBreakdown(
        fr ? "Changement climatique par poste" : "Climate change per item",
        fr ? "Poste" : "Item",
        Object.fromEntries(view.categories.map((c) => [r.t(c.label), c.impacts])),
        gwp.value,
        r,
        (k) => k,
      );
    }
    printBreakdown(
      fr ? "Changement climatique par type d'équipement (inventaire)" : "Climate change per device type (inventory)",
      "Type",
      view.byType,
      gwp.value,
      r,
      (k) => {
        const label = TYPE_LABELS.get(k);
        return label ? r.t(label) : k;
      },
    );
    // Only when the inventory says where its items serve: school equipment and public screens apart.
    if (Object.keys(view.bySite).some((k) => k !== "")) {
      printBreakdown(
        fr ? "Changement climatique par usage (inventaire, colonne site)" : "Climate change per usage (inventory, site column)",
        "Usage",
        view.bySite,
        gwp.value,
        r,
        (k) => {
          const label = USAGE_LABELS.get(k);
          return label ? r.t(label) : k === "" ? (fr ? "(non précisé)" : "(not given)") : k;
        },
      );
    }
    printBreakdown(
      fr ? "Changement climatique par entité" : "Climate change per entity",
      fr ? "Entité" : "Entity",
      view.byEntity,
      gwp.value,
      r,
      (k) => (k === "" ? (fr ? "(non renseignée)" : "(not given)") : k),
    );
  }

  const factors = view.trace.factors;
  if (factors.length > 0) {
    r.line();
    const packs = [...new Set(factors.map((f) => `${f.pack} ${f.packVersion}`))].join(", ");
    r.line(fr ? `Facteurs : ${factors.length} (jeu ${packs}) ; sources :` : `Factors: ${factors.length} (pack ${packs}); sources:`);
    for (const s of new Set(factors.map((f) => f.source))) r.line(`  - ${s}`);
    r.line(
      fr
        ? "Détail de chaque facteur et de chaque valeur par défaut : --json (trace)."
        : "Every factor and default value in detail: --json (trace).",
    );
  }
}

function printBreakdown(
  title: string,
  keyHeader: string,
  table: Readonly<Record<string, ImpactTable>>,
  total: Decimal,
  r: Reporter,
  label: (key: string) => string,
): void {
  const rows: { key: string; value: Decimal }[] = [];
  for (const [key, impacts] of Object.entries(table)) {
    const cell = totalOfCriterion(impacts, "gwp");
    if (cell) rows.push({ key, value: cell.value });
  }
  if (rows.length === 0) return;
  rows.sort((a, b) => b.value.comparedTo(a.value));
  r.line();
  r.line(`${title} (kgCO2e)`);
  r.line(
    renderTable([
      [keyHeader, "kgCO2e", "%"],
      ...rows.map((row) => [label(row.key), formatNumber(row.value, r.lang, { decimals: 0 }), share(row.value, total, r)]),
    ]),
  );
}

function share(part: Decimal, total: Decimal, r: Reporter): string {
  if (total.isZero()) return "–";
  return formatNumber(part.times(100).dividedBy(total), r.lang, { decimals: 1 });
}
