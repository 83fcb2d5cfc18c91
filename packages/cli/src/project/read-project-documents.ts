import { loadProject } from "./load-project.js";
import type { ProjectDocuments } from "./project-documents.js";

/**
 * Reads the JSON documents of a project folder (`nrs.json`, `collectivite.json`,
 * `programme-de-travail.json`, `strategie.json`, `bilans/*.json`) with `@nrs/model`'s parsers, as
 * `nrs validate` does. It never throws on bad data: a missing file, invalid JSON or a schema error
 * becomes a `Problem` carrying the file name (relative to `cwd`) and the line and column of the
 * offending value. A folder that does not exist is a {@link CliError} (exit code 3).
 *
 * @example
 * ```ts
 * import { CliError, readProjectDocuments } from "@nrs/cli";
 * try {
 *   const project = await readProjectDocuments("examples/val-de-fictive");
 *   console.log(project.collectivite?.nom, project.years, project.problems.length);
 * } catch (e) {
 *   if (!(e instanceof CliError)) throw e; // not run from the repository root
 * }
 * ```
 */
export async function readProjectDocuments(dir: string, cwd: string = process.cwd()): Promise<ProjectDocuments> {
  const { settings, collectivite, programme, strategie, bilans, years, problems } = await loadProject(dir, cwd);
  return { settings, collectivite, programme, strategie, bilans, years, problems };
}
