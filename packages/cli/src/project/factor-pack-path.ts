import { realpath } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
import type { Problem } from "@nrs/core";
import type { ProjectFiles } from "./project-files.js";
import { LAYOUT } from "./project-layout.js";

/** The largest factor-pack file `nrs` reads (10 MiB; the default pack is a few hundred KB). */
export const MAX_FACTOR_PACK_BYTES = 10 * 1024 * 1024;

/**
 * Checks a factor-pack path of `nrs.json` (`facteurs[index]`) before anything is read from it: it must
 * stay inside the project folder once symbolic links are followed (`../../etc/passwd` or a link to
 * `/dev/urandom` is refused) and be at most {@link MAX_FACTOR_PACK_BYTES}. Returns the problem, placed
 * at `nrs.json`, or undefined when the path may be read. The file's content is never quoted.
 */
export async function factorPackPathProblem(files: ProjectFiles, file: string, index: number): Promise<Problem | undefined> {
  const at = (code: string, fr: string, en: string): Problem => ({
    code,
    severity: "error",
    path: ["facteurs", index],
    file: files.display(LAYOUT.settings),
    message: { fr: `facteurs[${index}] « ${file} » : ${fr}`, en: `facteurs[${index}] "${file}": ${en}` },
  });
  const root = await realpath(files.root).catch(() => files.root);
  const target = await realpath(files.abs(file)).catch(() => undefined);
  if (target === undefined) {
    // Absent (or a dangling link): reading it gives the usual, precise error.
    const lexical = relative(files.root, files.abs(file));
    if (lexical.startsWith("..") || isAbsolute(lexical) || isAbsolute(file)) {
      return at("NRS_FACTOR_PACK_OUTSIDE", "le chemin sort du dossier de projet.", "the path leaves the project folder.");
    }
    return undefined;
  }
  const inside = relative(root, target);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    return at(
      "NRS_FACTOR_PACK_OUTSIDE",
      "le fichier est hors du dossier de projet (liens suivis).",
      "the file is outside the project folder (links followed).",
    );
  }
  const state = await files.check(file);
  if (state.kind === "file" && state.size > MAX_FACTOR_PACK_BYTES) {
    return at(
      "NRS_FACTOR_PACK_TOO_LARGE",
      `fichier trop gros (${state.size} octets, ${MAX_FACTOR_PACK_BYTES} au plus).`,
      `file too large (${state.size} bytes, at most ${MAX_FACTOR_PACK_BYTES}).`,
    );
  }
  return undefined;
}
