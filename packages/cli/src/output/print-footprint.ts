import { CRITERIA, CRITERION_LABELS, INVENTORY_TYPES, STAGES, STAGE_LABELS, type ImpactTable, type InventoryFootprintResult } from "@nrs/footprint";
import type { Decimal } from "decimal.js";
import { formatDecimal } from "./format-decimal.js";
import { renderTable } from "./render-table.js";
import type { Reporter } from "./reporter.js";

const TYPE_LABELS = new Map(INVENTORY_TYPES.map((t) => [t.code, t.label]));

/**
 * Prints an inventory footprint for a person: totals per criterion with their min–max range, the
 * climate-change figure per lifecycle stage, per device type and per entity, then the factors used
 * with their source. Only presentation: every number comes from `@nrs/footprint`.
 */
export function printFootprint(result: InventoryFootprintResult, r: Reporter): void {
  const fr = r.lang === "fr";
  const n = (v: Decimal): string => formatDecimal(v, r.lang);

  r.line();
  r.line(fr ? "Total par critère (valeur, fourchette min – max)" : "Total per criterion (value, min – max range)");
  const totals: string[][] = [[fr ? "Critère" : "Criterion", fr ? "Valeur" : "Value", "Min", "Max", fr ? "Unité" : "Unit"]];
  for (const c of CRITERIA) {
    const cell = result.byCriterion[c];
    if (cell) totals.push([r.t(CRITERION_LABELS[c]), n(cell.value), n(cell.min), n(cell.max), cell.unit]);
  }
  r.line(totals.length > 1 ? renderTable(totals) : fr ? "  (aucun impact calculé)" : "  (no impact computed)");

  const gwp = result.byCriterion.gwp;
  if (gwp) {
    r.line();
    r.line(fr ? `Changement climatique par étape du cycle de vie (${gwp.unit})` : `Climate change per lifecycle stage (${gwp.unit})`);
    const rows: string[][] = [[fr ? "Étape" : "Stage", gwp.unit, "%"]];
    for (const s of STAGES) {
      const cell = result.byStage[s]?.gwp;
      if (cell) rows.push([r.t(STAGE_LABELS[s]), n(cell.value), share(cell.value, gwp.value, r)]);
    }
    r.line(renderTable(rows));
    printBreakdown(fr ? "Changement climatique par type d'équipement" : "Climate change per device type", fr ? "Type" : "Type", result.byType, gwp.value, r, (k) => {
      const label = TYPE_LABELS.get(k);
      return label ? r.t(label) : k;
    });
    printBreakdown(fr ? "Changement climatique par entité" : "Climate change per entity", fr ? "Entité" : "Entity", result.byEntity, gwp.value, r, (k) =>
      k === "" ? (fr ? "(non renseignée)" : "(not given)") : k,
    );
  }

  const factors = result.trace.factors;
  if (factors.length > 0) {
    r.line();
    const packs = [...new Set(factors.map((f) => `${f.pack} ${f.packVersion}`))].join(", ");
    const sources = [...new Set(factors.map((f) => f.source))];
    r.line(fr ? `Facteurs : ${factors.length} (jeu ${packs}) ; sources :` : `Factors: ${factors.length} (pack ${packs}); sources:`);
    for (const s of sources) r.line(`  - ${s}`);
    r.line(fr ? "Détail de chaque facteur et de chaque valeur par défaut : --json (trace)." : "Every factor and default value in detail: --json (trace).");
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
    let sum: Decimal | undefined;
    for (const s of STAGES) {
      const cell = impacts.gwp?.[s];
      if (cell) sum = sum ? sum.plus(cell.value) : cell.value;
    }
    if (sum) rows.push({ key, value: sum });
  }
  if (rows.length === 0) return;
  rows.sort((a, b) => b.value.comparedTo(a.value));
  r.line();
  r.line(`${title} (kgCO2e)`);
  r.line(renderTable([[keyHeader, "kgCO2e", "%"], ...rows.map((row) => [label(row.key), formatDecimal(row.value, r.lang), share(row.value, total, r)])]));
}

function share(part: Decimal, total: Decimal, r: Reporter): string {
  if (total.isZero()) return "–";
  return formatDecimal(part.times(100).dividedBy(total), r.lang, 1);
}
