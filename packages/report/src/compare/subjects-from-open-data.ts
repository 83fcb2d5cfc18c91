import { definedProps } from "@nrs/core";
import { catalogue, foldName, indicatorDefinition, type CompareSubject, type SubjectSource, type SubjectValue } from "@nrs/indicators";
import type { Problem } from "@nrs/core";
import type { PublishedIndicatorRow } from "./published-indicator-row.js";

let byLabel: Map<string, string> | undefined;
function codeOfLabel(label: string): string | undefined {
  byLabel ??= new Map(catalogue.map((d) => [foldName(d.label.fr), d.code]));
  return byLabel.get(foldName(label));
}

function valueOf(row: PublishedIndicatorRow): SubjectValue {
  const code = row.code !== undefined && indicatorDefinition(row.code) !== undefined ? row.code : codeOfLabel(row.indicateur);
  const def = code === undefined ? undefined : indicatorDefinition(code);
  if (def === undefined) {
    return {
      key: `label:${foldName(row.indicateur)}`,
      label: { fr: row.indicateur, en: row.indicateur },
      unit: row.unite,
      value: row.valeur,
    };
  }
  // The schema writes counts as « unité »: the catalogue's own unit is the same quantity.
  const unit = row.unite === def.unit || row.unite === "unité" ? def.unit : row.unite;
  return { key: def.code, code: def.code, label: def.label, unit, value: row.valeur };
}

/**
 * Comparison subjects from the rows of a published `impact-service-public-numerique` file: one
 * subject per publisher (`code_insee`, else `administration_rattachement`) and year (the year of
 * `date`), from the measured rows (targets left aside). An indicator is recognised by the catalogue
 * code `toOpenDataRows` writes in `commentaires`, else by its French label; other indicators are
 * compared only with the same published label. A second value of one indicator for one publisher
 * and year is left out with a warning.
 *
 * @example
 * ```ts
 * import { parseOpenDataIndicatorsCsv, subjectsFromOpenData } from "@nrs/report";
 * const csv = "administration_rattachement,nom_service_public_numerique,indicateur,valeur,unite_mesure,est_cible,type_indicateur,frequence_monitoring,date,est_periode,est_automatise,source_collecte\n" +
 *   "Ville de Fictiville,SNR,Part des achats issus du réemploi,22,%,false,impact,annuelle,2025-12-31,true,true,achats\n";
 * const r = parseOpenDataIndicatorsCsv(csv);
 * if (!r.ok) throw new Error("unreadable");
 * const { subjects } = subjectsFromOpenData(r.value, { kind: "opendata", label: "fictiville.csv" });
 * console.log(subjects[0]?.name, subjects[0]?.year, subjects[0]?.values[0]?.key);
 * ```
 */
export function subjectsFromOpenData(
  rows: readonly PublishedIndicatorRow[],
  source: SubjectSource,
): { subjects: CompareSubject[]; problems: Problem[] } {
  const groups = new Map<
    string,
    { name: string; id: string; codeInsee?: string; year: number; type?: "COMMUNE"; values: Map<string, SubjectValue> }
  >();
  const problems: Problem[] = [];
  for (const row of rows) {
    if (row.estCible) continue;
    const id = row.codeInsee ?? row.administration;
    const year = Number(row.date.slice(0, 4));
    const k = `${id}\u0000${year}`;
    let g = groups.get(k);
    if (g === undefined) {
      g = {
        name: row.administration,
        id,
        year,
        ...definedProps({ codeInsee: row.codeInsee }),
        ...(row.denomInsee === "COM" ? { type: "COMMUNE" as const } : {}),
        values: new Map(),
      };
      groups.set(k, g);
    }
    const v = valueOf(row);
    if (g.values.has(v.key)) {
      problems.push({
        code: "NRS_COMPARE_DUPLICATE_VALUE",
        severity: "warning",
        path: ["valeur"],
        line: row.line,
        message: {
          fr: `« ${row.indicateur} » ${year} de ${row.administration} figure deux fois (${source.label}) : la seconde valeur est écartée.`,
          en: `"${row.indicateur}" ${year} of ${row.administration} appears twice (${source.label}): the second value is left out.`,
        },
      });
      continue;
    }
    g.values.set(v.key, v);
  }
  const subjects = [...groups.values()].map((g) => ({
    id: g.id,
    name: g.name,
    ...definedProps({ codeInsee: g.codeInsee, type: g.type }),
    year: g.year,
    source,
    values: [...g.values.values()],
  }));
  return { subjects, problems };
}
