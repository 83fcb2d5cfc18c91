import { lstat, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { LAYOUT } from "../project/project-layout.js";

/** The files and folders of a project that `--out` may never name, even when they do not exist yet. */
const RESERVED = new Set<string>([LAYOUT.settings, LAYOUT.collectivite, LAYOUT.programme, LAYOUT.strategie, LAYOUT.donnees, LAYOUT.bilans]);

/** The real path of `path`, following links up to the deepest part that exists (the rest appended). */
async function realish(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await realish(parent), basename(path));
}

const refuse = (out: string, fr: string, en: string, exit: typeof ExitCode.usage | typeof ExitCode.io = ExitCode.usage): CliError =>
  new CliError(
    "NRS_CLI_BAD_OUT",
    { fr: `--out ${out} : ${fr}`, en: `--out ${out}: ${en}` },
    {
      fr: "Choisissez un nouveau fichier hors du dossier de projet (ou dans un sous-dossier à vous, hors de donnees/ et bilans/).",
      en: "Choose a new file outside the project folder (or in a folder of your own in it, outside donnees/ and bilans/).",
    },
    exit,
  );

/**
 * Refuses an output path that would destroy data: a folder or anything but a regular file, and, inside
 * the project folder (after symbolic links), any file that already exists, anything under `donnees/`
 * or `bilans/`, and the project's JSON documents. A new file elsewhere in the project is allowed.
 */
export async function assertSafeOutput(path: string, out: string, projectRoot: string | undefined): Promise<void> {
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw refuse(out, "c'est un dossier.", "it is a folder.");
  const target = await realish(path);
  const real = existing?.isSymbolicLink() ? await lstat(target).catch(() => undefined) : existing;
  if (real && !real.isFile()) throw refuse(out, "ce n'est pas un fichier ordinaire.", "it is not a regular file.", ExitCode.io);
  if (projectRoot === undefined) return;
  const root = await realish(projectRoot);
  const inside = relative(root, target);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    if (inside === "") throw refuse(out, "c'est le dossier de projet.", "it is the project folder.");
    return;
  }
  const first = inside.split(sep)[0]!;
  if (RESERVED.has(first) || RESERVED.has(inside)) {
    throw refuse(
      out,
      `${inside} appartient aux données du projet, qui ne sont jamais remplacées.`,
      `${inside} belongs to the project's data, which is never replaced.`,
    );
  }
  if (existing) {
    throw refuse(
      out,
      "ce fichier existe déjà dans le dossier de projet ; nrs n'y remplace aucun fichier.",
      "this file already exists in the project folder; nrs replaces no file there.",
    );
  }
}
