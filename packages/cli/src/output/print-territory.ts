import { TERRITORY_SEGMENT_LABELS, TERRITORY_SEGMENTS, type TerritoryFootprintResult } from "@nrs/footprint";
import type { Decimal } from "decimal.js";
import { formatNumber } from "@nrs/report";
import { renderTable } from "./render-table.js";
import type { Reporter } from "./reporter.js";

/**
 * Prints the territory's footprint for a person: per segment (tCO2e, min – max, per inhabitant, what
 * it was scaled by), the total, the administration's share, then the notes of the trace. Only
 * presentation: every number comes from `@nrs/footprint`'s `computeTerritoryFootprint`.
 */
export function printTerritory(t: TerritoryFootprintResult, r: Reporter): void {
  const fr = r.lang === "fr";
  const tonnes = (v: Decimal): string => formatNumber(v.div(1000), r.lang, { decimals: 0 });
  const kg = (v: Decimal): string => formatNumber(v, r.lang, { decimals: 0 });
  r.line();
  r.line(
    fr
      ? `Territoire : ${formatNumber(t.population, r.lang, { decimals: 0 })} habitants ; évaluation ADEME–Arcep (édition ${t.edition}, chiffres ${t.year}) déclinée`
      : `Territory: ${formatNumber(t.population, r.lang, { decimals: 0 })} inhabitants; ADEME–Arcep assessment (edition ${t.edition}, ${t.year} figures) downscaled`,
  );
  const rows: string[][] = [[fr ? "Segment" : "Segment", "tCO2e", "Min", "Max", fr ? "kgCO2e/hab." : "kgCO2e/inh.", fr ? "Base" : "Basis"]];
  for (const s of TERRITORY_SEGMENTS) {
    const seg = t.bySegment[s];
    rows.push([
      r.t(TERRITORY_SEGMENT_LABELS[s]),
      tonnes(seg.gwp.value),
      tonnes(seg.gwp.min),
      tonnes(seg.gwp.max),
      kg(seg.perInhabitant.value),
      seg.basis,
    ]);
  }
  rows.push([fr ? "Total" : "Total", tonnes(t.total.value), tonnes(t.total.min), tonnes(t.total.max), kg(t.perInhabitant.value), ""]);
  r.line(renderTable(rows));
  if (t.administration) {
    const pct = (v: Decimal): string => formatNumber(v.times(100), r.lang, { decimals: 1 });
    r.line(
      fr
        ? `Part de l'administration : ${pct(t.administration.share.value)} % (${pct(t.administration.share.min)} – ${pct(t.administration.share.max)} %), déjà comprise dans le total.`
        : `Administration's share: ${pct(t.administration.share.value)} % (${pct(t.administration.share.min)} – ${pct(t.administration.share.max)} %), already inside the total.`,
    );
  }
  for (const n of t.trace.notes) r.note(n);
}
