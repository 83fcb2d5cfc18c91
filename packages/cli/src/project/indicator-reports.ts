import { toDecimal } from "@nrs/core";
import type { BilanAnnuel, Strategie } from "@nrs/model";
import { DEFAULT_ENTITY, followUp, type FollowUp, type IndicatorResults, type YearValue } from "@nrs/indicators";

/**
 * The follow-up (`@nrs/indicators`' `followUp`: series, baseline and targets, trajectory, status of
 * `year`) of each indicator of the strategy. The series is the values computed from the data files
 * when the indicator is computed, else the values collected in the bilans for the whole collectivité
 * (no entity, or `epci`), or those collected for `entity` when one is given (a joint report's entity).
 * Choosing the series is the only thing done here.
 */
export function indicatorFollowUps(
  strategie: Strategie,
  bilans: ReadonlyMap<number, BilanAnnuel>,
  computed: readonly IndicatorResults[],
  year: number,
  entity: string = DEFAULT_ENTITY,
): FollowUp[] {
  const computedCodes = new Set(computed.flatMap((r) => r.values.map((v) => v.code)));
  return strategie.indicateurs.map(({ code }) =>
    computedCodes.has(code)
      ? followUp(code, computed, strategie, { year })
      : followUp(code, collectedSeries(bilans, code, entity), strategie, { year }),
  );
}

function collectedSeries(bilans: ReadonlyMap<number, BilanAnnuel>, code: string, entity: string): YearValue[] {
  const out: YearValue[] = [];
  for (const [year, bilan] of bilans) {
    const v = bilan.valeurs.find((x) => x.indicateur === code && (x.entite ?? DEFAULT_ENTITY) === entity);
    if (v) out.push({ year, value: toDecimal(v.valeur) });
  }
  return out;
}
