import { NrsError, type Problem } from "@nrs/core";
import { defaultFactorPack, defineFactorPack, mergeFactorPacks, type FactorPack, type FactorPackInput } from "@nrs/footprint";
import { factorPackPathProblem } from "./factor-pack-path.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/**
 * The factor pack of a project: `@nrs/footprint`'s default pack, with the packs listed in `nrs.json`
 * (`facteurs`) laid over it in order. A pack file that cannot be read or that `defineFactorPack`
 * refuses gives problems at its file, line and column, and is left out; so does a path that leaves the
 * project folder or a file over the size limit (see {@link factorPackPathProblem}).
 */
export async function loadFactorPack(project: LoadedProject): Promise<{ pack: FactorPack; problems: Problem[] }> {
  const files = project.settings.facteurs ?? [];
  if (files.length === 0) return { pack: defaultFactorPack, problems: [] };
  const problems: Problem[] = [];
  const packs: FactorPack[] = [defaultFactorPack];
  for (const [index, file] of files.entries()) {
    const refused = await factorPackPathProblem(project.files, file, index);
    if (refused) {
      problems.push(...project.locate(LAYOUT.settings, [refused]));
      continue;
    }
    const json = await project.files.readJson(file);
    if (!json.ok) {
      problems.push(...json.problems);
      continue;
    }
    try {
      packs.push(defineFactorPack(json.value as FactorPackInput));
    } catch (e) {
      if (!(e instanceof NrsError)) throw e;
      problems.push(...project.files.withFile(file, e.problems, json));
    }
  }
  if (packs.length === 1) return { pack: defaultFactorPack, problems };
  const pack = mergeFactorPacks(packs, {
    id: packs.map((p) => p.id).join("+"),
    version: packs.map((p) => p.version).join("+"),
  });
  return { pack, problems };
}
