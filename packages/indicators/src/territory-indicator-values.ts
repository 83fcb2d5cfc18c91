import { definedProps, ex, Exact, out, type ExactValue, type Message } from "@nrs/core";
import type { TerritoryFootprintResult } from "@nrs/footprint";
import type { IndicatorComponent, IndicatorValue, NotComputed } from "./indicator-value.js";
import { indicatorDefinition } from "./catalogue.js";

function ratio(num: ExactValue, den: ExactValue, multiplier = 1): IndicatorComponent {
  return { value: out(num.times(multiplier).dividedBy(den), true), numerator: out(num), denominator: out(den) };
}

function sig(x: ExactValue): string {
  return x.toSignificantDigits(12).toString();
}

/**
 * The territory indicators of one entity and reporting year, from a `computeTerritoryFootprint`
 * result: total (breakdown by segment), per inhabitant (numerator and denominator kept, so that a
 * roll-up pools them), and the administration's share when the result has one (else `notComputed`).
 * Every value carries `perimetre: "TERRITOIRE"` and quality `ESTIMEE` (downscaled national averages).
 *
 * @example
 * ```ts
 * import { computeTerritoryFootprint } from "@nrs/footprint";
 * import { territoryIndicators } from "@nrs/indicators";
 * const t = computeTerritoryFootprint({ year: 2022, population: 67813 });
 * const r = territoryIndicators(t, { year: 2025, entity: "epci" });
 * console.log(r.values.map((v) => `${v.code}=${v.value.toFixed(0)}`).join(" "));
 * // empreinte-territoire-totale=29500000 empreinte-territoire-par-habitant=435
 * console.log(r.notComputed[0]?.code); // part-administration-empreinte-territoire
 * ```
 */
export function territoryIndicators(
  territory: TerritoryFootprintResult,
  options: { readonly year: number; readonly entity?: string },
): { values: IndicatorValue[]; notComputed: NotComputed[] } {
  const entity = options.entity ?? "*";
  const year = options.year;
  const total = ex(territory.total.value);
  const pop = ex(territory.population);
  const segments = Object.values(territory.bySegment);
  const packs = [
    ...new Map(territory.trace.factors.map((f) => [`${f.pack}@${f.packVersion}`, { id: f.pack, version: f.packVersion }])).values(),
  ];
  const notes: Message[] = [
    {
      fr: `Évaluation ADEME–Arcep, édition ${territory.edition}, chiffres de ${territory.year}, déclinée au territoire : une estimation, pas une mesure.`,
      en: `ADEME–Arcep assessment, edition ${territory.edition}, ${territory.year} figures, downscaled to the territory: an estimate, not a measurement.`,
    },
  ];
  const make = (
    code: string,
    component: IndicatorComponent,
    formula: string,
    breakdown?: Record<string, IndicatorComponent>,
  ): IndicatorValue => ({
    code,
    entity,
    year,
    perimetre: "TERRITOIRE",
    unit: indicatorDefinition(code)?.unit ?? "",
    ...component,
    ...definedProps({ breakdown }),
    provenance: {
      records: [{ dataset: "territoire", count: 1 }],
      formula: { fr: formula, en: formula },
      quality: "ESTIMEE",
      notes,
      factorPacks: packs,
    },
  });
  const values: IndicatorValue[] = [
    make(
      "empreinte-territoire-totale",
      { value: out(total) },
      `Σ segments = ${sig(total)} kgCO2e`,
      Object.fromEntries(segments.map((s) => [s.segment, { value: s.gwp.value }])),
    ),
    make(
      "empreinte-territoire-par-habitant",
      ratio(total, pop),
      `${sig(total)} / ${sig(pop)}`,
      Object.fromEntries(segments.map((s) => [s.segment, ratio(ex(s.gwp.value), pop)])),
    ),
  ];
  const notComputed: NotComputed[] = [];
  const admin = territory.administration;
  if (admin === undefined || total.isZero()) {
    notComputed.push({
      code: "part-administration-empreinte-territoire",
      entity,
      year,
      reason: admin === undefined ? "DONNEES_ABSENTES" : "DENOMINATEUR_NUL",
      message: {
        fr: "Empreinte de l'administration non fournie au calcul du territoire.",
        en: "The administration's footprint was not given to the territory computation.",
      },
      missing: ["administration"],
    });
  } else {
    const a = new Exact(admin.gwp.value);
    values.push(make("part-administration-empreinte-territoire", ratio(a, total, 100), `${sig(a)} / ${sig(total)} × 100`));
  }
  return { values, notComputed };
}
