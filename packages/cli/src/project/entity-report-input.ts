import { decomposeFootprintChange, DEFAULT_ENTITY } from "@nrs/indicators";
import type { BilanReportInput } from "@nrs/report";
import { entityCollectivite } from "./entity-collectivite.js";
import type { EntityFootprint, EntityIndicators } from "./entity-indicators.js";
import { entityName } from "./entity-name.js";
import { indicatorFollowUps } from "./indicator-reports.js";
import type { LoadedProject } from "./load-project.js";

const hasCells = (f: EntityFootprint | undefined): f is EntityFootprint => f !== undefined && Object.keys(f.total).length > 0;

/**
 * The bilan of one entity of a joint report, from the bilan of the whole (`base`, the common documents
 * and data) and each year's figures per entity (`perYear`, from `entityIndicators`): the entity as the
 * collectivité (its name, SIREN, population, hence its obligations), its indicators (its own records
 * plus its shares of the shared services) and their series and follow-up, its footprint (its own lines
 * and each service's share, with the change since the previous year), its RGESN declarations. The
 * territory section stays with the collectivité of the folder (`epci`), whose territory it describes.
 */
export function entityReportInput(
  base: BilanReportInput,
  code: string,
  project: LoadedProject,
  year: number,
  perYear: ReadonlyMap<number, EntityIndicators>,
): BilanReportInput {
  const c = project.collectivite!;
  const collectivite = entityCollectivite(c, code);
  const series = [...perYear.values()].flatMap((e) => (e.byEntity.has(code) ? [e.byEntity.get(code)!] : []));
  const fp = perYear.get(year)?.footprints.get(code);
  const before = perYear.get(year - 1)?.footprints.get(code);
  const own = (r: { entity?: string | undefined }) =>
    (r.entity ?? DEFAULT_ENTITY) === code || (code === DEFAULT_ENTITY && r.entity === c.codeInsee);
  return {
    ...base,
    collectivite,
    resultats: perYear.get(year)?.byEntity.get(code),
    indicateurs: indicatorFollowUps(base.strategie, project.bilans, series, year, code),
    empreinte: hasCells(fp)
      ? {
          total: fp.total,
          categories: [
            ...(Object.keys(fp.own).length > 0
              ? [{ code: "propre", libelle: { fr: "Équipements et hébergement propres", en: "Own devices and hosting" }, impact: fp.own }]
              : []),
            ...fp.shares.map((s) => {
              const name = entityName(c, s.service);
              return { code: `part-${s.service}`, libelle: { fr: `Part de ${name}`, en: `Share of ${name}` }, impact: s.table };
            }),
          ],
          ...(hasCells(before)
            ? {
                evolution: decomposeFootprintChange({
                  previous: { year: year - 1, impacts: before.total },
                  previousRestated: { impacts: before.total },
                  current: { year, impacts: fp.total },
                }).changes,
              }
            : {}),
          repartitions: base.empreinte?.repartitions,
        }
      : undefined,
    territoire: code === DEFAULT_ENTITY ? base.territoire : undefined,
    rgesn: base.rgesn?.filter(own),
  };
}
