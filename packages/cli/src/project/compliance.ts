import type { Problem } from "@nrs/core";
import { checkBilan, checkProgramme, checkStrategy } from "@nrs/model";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/**
 * The compliance findings of `@nrs/model` (`checkProgramme`, `checkStrategy`, `checkBilan`) on the
 * documents that parsed, each placed at its file, line and column. `computed` lists, per year, the
 * indicator codes `@nrs/indicators` computes from the data files, so that the bilan is not reported as
 * missing them.
 */
export function complianceFindings(project: LoadedProject, computed: ReadonlyMap<number, Iterable<string>> = new Map()): Problem[] {
  const out: Problem[] = [];
  const collectivite = project.collectivite;
  if (project.programme) {
    out.push(...project.locate(LAYOUT.programme, checkProgramme(project.programme, collectivite ? { collectivite } : {})));
  }
  if (project.strategie) {
    out.push(
      ...project.locate(
        LAYOUT.strategie,
        checkStrategy(project.strategie, {
          ...(collectivite ? { collectivite } : {}),
          ...(project.programme ? { programme: project.programme } : {}),
        }),
      ),
    );
  }
  for (const [year, bilan] of project.bilans) {
    const indicateursCalcules = computed.get(year);
    out.push(
      ...project.locate(
        LAYOUT.bilan(year),
        checkBilan(bilan, {
          ...(project.strategie ? { strategie: project.strategie } : {}),
          ...(collectivite ? { collectivite } : {}),
          ...(indicateursCalcules ? { indicateursCalcules } : {}),
        }),
      ),
    );
  }
  return out;
}
