import type { Problem } from "@nrs/core";
import { DEFAULT_ENTITY, type IndicatorResults } from "@nrs/indicators";
import { formatPublished as n } from "@nrs/report";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/**
 * The warning `NRS_COLLECTED_AND_COMPUTED` for each value of a bilan (`valeurs[]`) whose indicator
 * `@nrs/indicators` also computes for that year from the data files: the report and the follow-up use
 * the computed value, so the collected one would otherwise be set aside without a word. Placed at the
 * bilan value's `valeur`, with file, line and column.
 */
export function collectedAndComputed(project: LoadedProject, computed: ReadonlyMap<number, IndicatorResults>): Problem[] {
  const out: Problem[] = [];
  for (const [year, bilan] of project.bilans) {
    const results = computed.get(year);
    if (!results) continue;
    const found: Problem[] = [];
    bilan.valeurs.forEach((v, i) => {
      const c = results.values.find((x) => x.code === v.indicateur);
      if (!c) return;
      // The computed value covers every entity: say so when the collected one is a member commune's.
      const all = v.entite !== undefined && v.entite !== DEFAULT_ENTITY;
      found.push({
        code: "NRS_COLLECTED_AND_COMPUTED",
        severity: "warning",
        path: ["valeurs", i, "valeur"],
        message: {
          fr: `Valeur collectée de « ${v.indicateur} » (${n(v.valeur, "fr")} ${c.unit}${v.entite ? `, entité ${v.entite}` : ""}) écartée : le SDK la calcule pour ${year} à partir des fichiers de données (${n(c.value, "fr")} ${c.unit}${all ? ", toutes entités" : ""}) et c'est la valeur calculée qui est utilisée. Retirez la valeur collectée ou les données.`,
          en: `Collected value of "${v.indicateur}" (${n(v.valeur, "en")} ${c.unit}${v.entite ? `, entity ${v.entite}` : ""}) set aside: the SDK computes it for ${year} from the data files (${n(c.value, "en")} ${c.unit}${all ? ", all entities" : ""}) and the computed value is the one used. Remove the collected value or the data.`,
        },
      });
    });
    out.push(...project.locate(LAYOUT.bilan(year), found));
  }
  return out;
}
